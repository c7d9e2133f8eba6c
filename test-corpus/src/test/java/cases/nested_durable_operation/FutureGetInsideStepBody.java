package cases.nested_durable_operation;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.lambda.durable.DurableCallbackFuture;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: step bodies and a waitForCallback submitter block on DurableFutures (and a
 * DurableCallbackFuture) started in orchestration code. get() may suspend, which a step thread
 * cannot do; collect the results in orchestration code and pass them in. get() on
 * DurableFutures in orchestration code, DurableFuture.allOf there, and get() on ordinary
 * futures and holders inside a step body are silent.
 */
public class FutureGetInsideStepBody extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String customerId, DurableContext context) {
        DurableFuture<String> profile = context.stepAsync("load-profile", String.class, stepCtx -> "profile-" + customerId);
        DurableFuture<String> history = context.stepAsync("load-history", String.class, stepCtx -> "history-" + customerId);
        DurableCallbackFuture<String> approval = context.createCallback("manager-approval", String.class);

        String merged = context.step("merge-data", String.class, stepCtx -> {
            String p = profile.get(); // expect: nested-durable-operation
            String h = history.get(); // expect: nested-durable-operation
            return p + h;
        });

        String notified = context.step("notify-manager", String.class, stepCtx -> {
            String id = approval.callbackId(); // ok: nested-durable-operation -- callbackId() only reads the id
            return id + approval.get(); // expect: nested-durable-operation
        });

        String escalated = context.waitForCallback("escalate", String.class, (callbackId, stepCtx) -> {
            String who = profile.get(); // expect: nested-durable-operation
            stepCtx.getLogger().info("escalating {} via {}", who, callbackId);
        });

        List<String> both = DurableFuture.allOf(profile, history); // ok: nested-durable-operation -- allOf in orchestration code
        String direct = profile.get(); // ok: nested-durable-operation -- get() in orchestration code
        Optional<String> cached = Optional.of(direct);
        AtomicReference<String> latest = new AtomicReference<>(direct);

        String local = context.step("use-cache", String.class, stepCtx -> {
            String fromCache = cached.get(); // ok: nested-durable-operation -- Optional.get(), not a DurableFuture
            String fromHolder = latest.get(); // ok: nested-durable-operation -- AtomicReference.get(), not a DurableFuture
            Future<String> lookup = CompletableFuture.completedFuture(fromCache + fromHolder);
            try {
                return lookup.get(); // ok: nested-durable-operation -- java.util.concurrent.Future.get() inside a step is fine
            } catch (InterruptedException | ExecutionException e) {
                return fromCache;
            }
        });

        return merged + notified + escalated + both.size() + approval.get() + local;
    }
}
