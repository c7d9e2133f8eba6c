package cases.blocking_sleep;

import static java.lang.Thread.sleep;
import static java.util.concurrent.TimeUnit.SECONDS;
import static java.util.concurrent.locks.LockSupport.parkNanos;

import java.time.Duration;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: sleeps spelled with static imports and fully qualified names, and a sleep in a
 * stream lambda written in orchestration code. The analyzer resolves the call, not the text.
 */
public class FullyQualifiedAndStaticImport extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> items, DurableContext context) {
        try {
            sleep(100); // expect: blocking-sleep
            SECONDS.sleep(1); // expect: blocking-sleep
            java.lang.Thread.sleep(200); // expect: blocking-sleep
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(300); // expect: blocking-sleep
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        parkNanos(1_000L); // expect: blocking-sleep
        java.util.concurrent.locks.LockSupport.parkNanos(2_000L); // expect: blocking-sleep

        long total = items.stream()
                .peek(item -> parkNanos(500L)) // expect: blocking-sleep
                .count();

        long budgetMillis = SECONDS.toMillis(30); // ok: blocking-sleep -- statically imported unit, conversion only
        context.wait("imported-pause", Duration.ofSeconds(SECONDS.toSeconds(10))); // ok: blocking-sleep -- durable wait

        String checkpointed = context.step("sleep-in-step", String.class, step -> {
            try {
                sleep(5); // ok: blocking-sleep -- statically imported Thread.sleep inside a step body
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "slept";
        });

        return checkpointed + total + budgetMillis;
    }
}
