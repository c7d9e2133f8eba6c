package cases.parent_context_in_child;

import java.time.Duration;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: a map function and parallel branches that use the handler's context. Map items and
 * branches run concurrently, so operations they start on the shared parent context get
 * positions in whatever order the threads happen to reach them, and replay sees a different
 * order. The item's and the branch's own contexts are silent.
 */
public class ParentContextInMapFunctionAndParallelBranches extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> skus, DurableContext context) {
        MapResult<String> priced = context.map("price-skus", skus, String.class, (sku, index, itemCtx) -> {
            String price = itemCtx.step("price-" + index, String.class, stepCtx -> "p-" + sku); // ok: parent-context-in-child -- the item's own context
            String tax = context.step("tax-" + index, String.class, stepCtx -> "t-" + sku); // expect: parent-context-in-child
            return price + tax;
        });

        MapResult<String> stocked = context.map("stock-skus", skus, String.class,
                (sku, index, itemCtx) -> context.step("stock-" + index, String.class, stepCtx -> "s-" + sku)); // expect: parent-context-in-child

        try (var parallel = context.parallel("notify-fan")) {
            parallel.branch("notify-email", String.class, branchCtx -> branchCtx.step("send-email", String.class, stepCtx -> "mailed")); // ok: parent-context-in-child -- the branch's own context
            parallel.branch("notify-sms", String.class, branchCtx -> context.step("send-sms", String.class, stepCtx -> "texted")); // expect: parent-context-in-child
            parallel.branch("notify-push", String.class, branchCtx -> {
                branchCtx.wait("push-delay", Duration.ofSeconds(1)); // ok: parent-context-in-child -- the branch's own context
                return context.invoke("send-push", "push-function", skus, String.class); // expect: parent-context-in-child
            });
        }

        boolean replaying = context.isReplaying(); // ok: parent-context-in-child -- outside any child body
        return context.step("summarise", String.class, stepCtx -> priced.size() + "/" + stocked.size() + replaying); // ok: parent-context-in-child -- after the map and the parallel returned
    }
}
