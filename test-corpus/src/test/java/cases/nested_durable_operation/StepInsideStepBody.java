package cases.nested_durable_operation;

import java.time.Duration;
import java.util.function.Function;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;

/**
 * Scenario: step bodies that start durable operations on the handler's context they captured:
 * a step in a step, an async step, a wait and an invoke from an anonymous step body. The SDK
 * rejects these at run time (a step body runs on a step thread) or, for an async start without
 * get(), silently numbers the operation from inside a body that replay skips. The step
 * context's own calls and operations started after the step returned are silent.
 */
public class StepInsideStepBody extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        String quote = context.step("quote-order", String.class, stepCtx -> {
            String tax = context.step("quote-tax", String.class, taxCtx -> "tax-" + orderId); // expect: nested-durable-operation
            return "quote-" + tax;
        });

        String reserved = context.step("reserve-stock", String.class, stepCtx -> {
            DurableFuture<String> hold = context.stepAsync("hold-stock", String.class, holdCtx -> "held"); // expect: nested-durable-operation
            context.wait("settle-stock", Duration.ofSeconds(5)); // expect: nested-durable-operation
            return "reserved-" + (hold != null);
        });

        String priced = context.step("price-order", String.class, new Function<StepContext, String>() {
            @Override
            public String apply(StepContext stepCtx) {
                return context.invoke("call-pricing", "pricing-function", orderId, String.class); // expect: nested-durable-operation
            }
        });

        String confirmed = context.step("confirm-order", String.class, stepCtx -> {
            stepCtx.getLogger().info("confirming {} attempt {}", orderId, stepCtx.getAttempt()); // ok: nested-durable-operation -- the step context has no durable operations
            String arn = context.getExecutionArn(); // ok: nested-durable-operation -- getExecutionArn() is not a durable operation
            return arn + quote;
        });

        context.wait("cool-down", Duration.ofSeconds(30)); // ok: nested-durable-operation -- a wait in orchestration code, after the steps returned
        String shipped = context.step("ship-order", String.class, stepCtx -> quote + reserved + priced); // ok: nested-durable-operation -- a step body that only reads earlier results
        return confirmed + shipped;
    }
}
