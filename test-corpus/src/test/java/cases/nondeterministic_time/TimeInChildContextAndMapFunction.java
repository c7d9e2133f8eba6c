package cases.nondeterministic_time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: runInChildContext bodies, map functions, parallel branches and withRetry bodies
 * receive a DurableContext and are orchestration code themselves; a step inside them is
 * still a step.
 */
public class TimeInChildContextAndMapFunction extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> items, DurableContext context) {
        String child = context.runInChildContext("child-stamp", String.class, childCtx -> {
            long enteredAt = System.currentTimeMillis(); // expect: nondeterministic-time
            Long checkpointed = childCtx.step("child-clock", Long.class, step -> System.currentTimeMillis()); // ok: nondeterministic-time -- step inside a child context
            return enteredAt + "/" + checkpointed;
        });

        MapResult<String> stamped = context.map("stamp-items", items, String.class, (item, index, itemCtx) -> {
            LocalDateTime seenAt = LocalDateTime.now(); // expect: nondeterministic-time
            String priced = itemCtx.step("price-item", String.class, step -> item + "@" + Instant.now()); // ok: nondeterministic-time -- step inside a map function
            return priced + seenAt;
        });

        ParallelDurableFuture fanOut = context.parallel("fan-out");
        DurableFuture<Long> left = fanOut.branch("left-branch", Long.class, branchCtx -> System.nanoTime()); // expect: nondeterministic-time
        DurableFuture<String> right = fanOut.branch("right-branch", String.class, branchCtx -> {
            Instant branchStart = Instant.now(); // expect: nondeterministic-time
            return branchStart.toString();
        });
        fanOut.get();

        String retried = context.withRetry("fetch-with-retry", (attempt, retryCtx) -> {
            long attemptStartedAt = System.currentTimeMillis(); // expect: nondeterministic-time
            String fetched = retryCtx.step("fetch-attempt", String.class, step -> "fetched-" + System.currentTimeMillis()); // ok: nondeterministic-time -- step inside a withRetry body
            return fetched + attempt + attemptStartedAt;
        });

        return child + stamped + left.get() + right.get() + retried;
    }
}
