package cases.parent_context_in_child;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: runInChildContext bodies that start operations on the handler's context instead of
 * the child context they receive. The operations land in the parent's sequence from inside the
 * child, so their positions depend on when the child runs. The child's own parameter,
 * DurableContext.getCurrentContext() inside the body, non-operation calls on the parent and the
 * parent used after the child returned are silent.
 */
public class HandlerContextInsideChildContext extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        String packed = context.runInChildContext("pack-order", String.class, child -> {
            String box = child.step("pick-box", String.class, stepCtx -> "box-" + orderId); // ok: parent-context-in-child -- the child's own context
            String label = context.step("print-label", String.class, stepCtx -> "label"); // expect: parent-context-in-child
            context.wait("label-dry", Duration.ofSeconds(2)); // expect: parent-context-in-child
            String weight = DurableContext.getCurrentContext().step("weigh-box", String.class, stepCtx -> "2kg"); // ok: parent-context-in-child -- the current context inside the body is the child
            context.getLogger().info("packed {}", orderId); // ok: parent-context-in-child -- getLogger() is not a durable operation
            return box + label + weight;
        });

        DurableFuture<String> invoiced = context.runInChildContextAsync("invoice-order", String.class, child ->
                context.invoke("invoice-call", "invoicing-function", orderId, String.class)); // expect: parent-context-in-child

        DurableFuture<String> tracked = context.runInChildContextAsync("track-order", String.class, child -> {
            child.wait("track-delay", Duration.ofSeconds(1)); // ok: parent-context-in-child -- the child's own context
            return context.stepAsync("track-lookup", String.class, stepCtx -> "tracking").get(); // expect: parent-context-in-child
        });

        String shipped = context.step("ship-order", String.class, stepCtx -> packed); // ok: parent-context-in-child -- the enclosing context after the child returned
        return shipped + invoiced.get() + tracked.get();
    }
}
