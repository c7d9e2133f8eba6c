package cases.duplicate_operation_name;

import java.time.Duration;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: a child-context body, a withRetry body and a helper reuse constant names on their own
 * context or loop over them, which is reported, while a constant step name inside a map function
 * (one child context per item, not a loop) and the same name in two sibling bodies are not.
 */
public class DuplicatesInsideChildMapAndRetryBodies extends DurableHandler<List<String>, String> {

    private static final String FETCH = "fetch";

    @Override
    public String handleRequest(List<String> skus, DurableContext context) {
        String stocked = context.runInChildContext("stock", String.class, child -> {
            String first = child.step(FETCH, String.class, s -> "first"); // ok: duplicate-operation-name -- the first use on the child context
            String second = child.step("fetch", String.class, s -> first); // expect: duplicate-operation-name
            for (int n = 0; n < skus.size(); n++) {
                child.wait("stock-pause", Duration.ofSeconds(1)); // expect: duplicate-operation-name
                child.step("stock-" + n, String.class, s -> "stocked"); // ok: duplicate-operation-name -- the name includes the loop counter
            }
            return second;
        });

        String charged = context.withRetry("charge", (attempt, retryCtx) -> {
            String authorised = retryCtx.step("authorise", String.class, s -> "auth"); // ok: duplicate-operation-name -- the first use in the withRetry body
            return retryCtx.step("authorise", String.class, s -> authorised); // expect: duplicate-operation-name
        });

        MapResult<String> priced = context.map("price-all", skus, String.class, (sku, index, itemCtx) -> {
            String quote = itemCtx.step("quote", String.class, s -> sku); // ok: duplicate-operation-name -- each map item runs in its own child context
            itemCtx.wait("quote-settle", Duration.ofSeconds(1)); // ok: duplicate-operation-name -- map is not a loop
            return quote;
        });

        String packed = context.runInChildContext("pack", String.class, child -> child.step(FETCH, String.class, s -> "packed")); // ok: duplicate-operation-name -- a sibling child body with its own context

        return stocked + charged + priced.size() + packed + reconcile(context);
    }

    private String reconcile(DurableContext context) {
        String counted = context.step("count", String.class, s -> "counted");
        String recounted = context.step("count", String.class, s -> counted); // expect: duplicate-operation-name
        int round = 0;
        while (round < 2) {
            context.step("recount-round", String.class, s -> recounted); // expect: duplicate-operation-name
            round++;
        }
        return recounted;
    }
}
