package cases.nested_durable_operation;

import java.time.Duration;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: durable operations inside runInChildContext bodies, map functions, parallel
 * branches and withRetry bodies are orchestration code and fine; a step body nested in them
 * that starts an operation on its surrounding context (or blocks on a future) is not.
 */
public class OperationsInChildMapBranchAndRetryBodies extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> parcels, DurableContext context) {
        String routed = context.runInChildContext("route-parcels", String.class, child -> {
            String zone = child.step("find-zone", String.class, stepCtx -> "zone-1"); // ok: nested-durable-operation -- a step in a child context body
            child.wait("zone-settle", Duration.ofSeconds(1)); // ok: nested-durable-operation -- a wait in a child context body
            return child.step("assign-route", String.class, stepCtx -> {
                String truck = child.step("pick-truck", String.class, truckCtx -> "truck-7"); // expect: nested-durable-operation
                return zone + truck;
            });
        });

        MapResult<String> labelled = context.map("label-parcels", parcels, String.class, (parcel, index, itemCtx) -> {
            String label = itemCtx.step("label-" + index, String.class, stepCtx -> "label-" + parcel); // ok: nested-durable-operation -- a step in a map function
            return itemCtx.step("print-" + index, String.class, stepCtx -> {
                itemCtx.wait("printer-" + index, Duration.ofSeconds(1)); // expect: nested-durable-operation
                return label;
            });
        });

        try (var parallel = context.parallel("notify-fan")) {
            DurableFuture<String> email = parallel.branch("notify-email", String.class, branchCtx -> branchCtx.step("send-email", String.class, stepCtx -> "mailed")); // ok: nested-durable-operation -- a step in a parallel branch
            parallel.branch("notify-sms", String.class, branchCtx -> branchCtx.step("send-sms", String.class, stepCtx -> {
                return "texted-" + email.get(); // expect: nested-durable-operation
            }));
        }

        String settled = context.withRetry("settle-parcels", (attempt, retryCtx) -> {
            DurableFuture<String> receipt = retryCtx.stepAsync("settle-receipt", String.class, stepCtx -> "receipt"); // ok: nested-durable-operation -- an async step in a withRetry body
            String checked = retryCtx.step("settle-check", String.class, stepCtx -> {
                return retryCtx.invoke("settle-verify", "verify-function", attempt, String.class); // expect: nested-durable-operation
            });
            return receipt.get() + checked; // ok: nested-durable-operation -- get() in a withRetry body is orchestration code
        });

        return routed + labelled.size() + settled;
    }
}
