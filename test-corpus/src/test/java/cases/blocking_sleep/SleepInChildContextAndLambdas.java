package cases.blocking_sleep;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: sleeps in code that receives a DurableContext (child context, map function,
 * parallel branch, withRetry body, helper method) and in lambdas or anonymous classes
 * written in orchestration code. The durable alternative, ctx.wait, stays silent.
 */
public class SleepInChildContextAndLambdas extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> items, DurableContext context) {
        String child = context.runInChildContext("child-pause", String.class, childCtx -> {
            try {
                Thread.sleep(200); // expect: blocking-sleep
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            childCtx.wait("child-wait", Duration.ofSeconds(2)); // ok: blocking-sleep -- durable wait on the child context
            return "child-done";
        });

        MapResult<String> throttled = context.map("throttle-items", items, String.class, (item, index, itemCtx) -> {
            LockSupport.parkNanos(5_000_000L); // expect: blocking-sleep
            return item + index;
        });

        String branchResult;
        try (ParallelDurableFuture fanOut = context.parallel("sleepy-fan-out")) {
            DurableFuture<String> slow = fanOut.branch("slow-branch", String.class, branchCtx -> {
                try {
                    TimeUnit.SECONDS.sleep(3); // expect: blocking-sleep
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slow";
            });
            branchResult = slow.get();
        }

        String retried = context.withRetry("retry-with-sleep", (attempt, retryCtx) -> {
            try {
                Thread.sleep(attempt * 1000L); // expect: blocking-sleep
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return retryCtx.step("retry-call", String.class, step -> "attempt-" + attempt);
        });

        items.forEach(item -> LockSupport.parkNanos(1_000L)); // expect: blocking-sleep

        items.forEach(new Consumer<String>() {
            @Override
            public void accept(String item) {
                try {
                    Thread.sleep(10); // expect: blocking-sleep
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });

        pauseBetweenCalls(context);

        return child + throttled + branchResult + retried;
    }

    private void pauseBetweenCalls(DurableContext ctx) {
        try {
            TimeUnit.MILLISECONDS.sleep(500); // expect: blocking-sleep
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
