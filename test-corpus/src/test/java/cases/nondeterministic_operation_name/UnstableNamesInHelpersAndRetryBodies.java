package cases.nondeterministic_operation_name;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: unstable names given to async operations, waitForCondition and withRetry from a helper
 * that takes the DurableContext, from a withRetry body and from a child-context body, where the
 * withRetry attempt parameter itself is a stable name part.
 */
public class UnstableNamesInHelpersAndRetryBodies extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> files, DurableContext context) {
        DurableFuture<String> audit = audit(context, files);

        String published = context.withRetry("publish", (attempt, retryCtx) -> {
            String pinned = retryCtx.step("try-" + attempt, String.class, s -> "pinned"); // ok: nondeterministic-operation-name -- the withRetry attempt parameter is replayed in order
            long jitter = new Random().nextLong(); // expect: nondeterministic-random
            return retryCtx.step("try-" + attempt + "-" + jitter, String.class, s -> pinned); // expect: nondeterministic-operation-name
        });

        DurableFuture<String> archived = context.runInChildContextAsync("archive", String.class, child -> {
            String slot = "slot-" + LocalTime.now().getHour(); // expect: nondeterministic-time
            child.waitAsync(slot, Duration.ofSeconds(1)); // expect: nondeterministic-operation-name
            return child.step("archive-files", String.class, s -> String.join(",", files)); // ok: nondeterministic-operation-name -- a literal inside the child body
        });

        String retriedAsync = context.withRetryAsync("sweep-" + OffsetDateTime.now().getDayOfMonth(), (attempt, retryCtx) -> // expect: nondeterministic-operation-name, nondeterministic-time
                retryCtx.step("sweep-try-" + attempt, String.class, s -> "swept")).get(); // ok: nondeterministic-operation-name -- the attempt parameter

        return audit.get() + published + archived.get() + retriedAsync;
    }

    /** A helper with a DurableContext parameter is orchestration code. */
    private DurableFuture<String> audit(DurableContext context, List<String> files) {
        String probeName = "probe-" + UUID.randomUUID(); // expect: nondeterministic-uuid
        Integer ready = context.waitForCondition(probeName, Integer.class, (polls, s) -> // expect: nondeterministic-operation-name
                polls >= 3 ? WaitForConditionResult.stopPolling(polls) : WaitForConditionResult.continuePolling(polls + 1));
        context.invokeAsync("index-" + System.nanoTime(), "indexer", files.size(), String.class); // expect: nondeterministic-operation-name, nondeterministic-time
        return context.stepAsync("audit-" + ready, String.class, s -> "audited"); // ok: nondeterministic-operation-name -- the result of waitForCondition replays unchanged
    }
}
