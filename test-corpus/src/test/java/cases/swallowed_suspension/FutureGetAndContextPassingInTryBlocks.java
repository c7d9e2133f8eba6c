package cases.swallowed_suspension;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;

/**
 * Scenario: try blocks whose only durable work is a get() on a DurableFuture, a parallel
 * operation, or a call that hands the DurableContext to a helper: each can suspend, so catching
 * Throwable or Error around them swallows the signal. A try block with no durable work and a
 * finally block are silent.
 */
public class FutureGetAndContextPassingInTryBlocks extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String batchId, DurableContext context) {
        DurableFuture<String> loaded = context.stepAsync("load-batch", String.class, stepCtx -> "rows-" + batchId);
        String rows;
        try {
            rows = loaded.get();
        } catch (Throwable t) { // expect: swallowed-suspension
            rows = "";
        }

        String validated;
        try {
            validated = validate(rows, context);
        } catch (Throwable t) { // expect: swallowed-suspension
            validated = "unvalidated";
        }

        String quotes = "pending";
        try (ParallelDurableFuture fan = context.parallel("quote-fan")) {
            DurableFuture<String> air = fan.branch("quote-air", String.class, branchCtx -> branchCtx.step("price-air", String.class, stepCtx -> "air"));
            DurableFuture<String> sea = fan.branch("quote-sea", String.class, branchCtx -> branchCtx.step("price-sea", String.class, stepCtx -> "sea"));
            fan.get();
            quotes = air.get() + sea.get();
        } catch (Error e) { // expect: swallowed-suspension
            quotes = "no-quotes";
        }

        int size;
        try {
            size = Integer.parseInt(batchId);
        } catch (Throwable t) { // ok: swallowed-suspension -- the try block holds no durable operation
            size = 0;
        }

        String stored;
        try {
            stored = context.step("store-batch", String.class, stepCtx -> "stored");
        } finally { // ok: swallowed-suspension -- a finally block does not catch the signal
            context.getLogger().info("store attempted for {}", batchId);
        }

        return rows + validated + quotes + size + stored;
    }

    /** Orchestration code too: it receives the DurableContext. */
    private String validate(String rows, DurableContext context) {
        try {
            return context.step("validate-rows", String.class, stepCtx -> rows.isEmpty() ? "empty" : "valid");
        } catch (Error e) { // expect: swallowed-suspension
            return "invalid";
        }
    }
}
