package cases.blocking_sleep;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: the durable way to pause (context.wait, waitAsync) and look-alikes that do not
 * block: a project class with its own sleep method, TimeUnit conversions, and a sleep in the
 * handler constructor. Nothing is reported.
 */
public class DurableWaitAndLookAlikesAreSilent extends DurableHandler<String, String> {

    /** A project class whose sleep method only computes a delay; it never blocks. */
    static final class Backoff {
        private final long baseMillis;

        Backoff(long baseMillis) {
            this.baseMillis = baseMillis;
        }

        Duration sleep(int attempt) {
            return Duration.ofMillis(baseMillis * (1L << Math.min(attempt, 10)));
        }
    }

    public DurableWaitAndLookAlikesAreSilent() {
        super();
        try {
            Thread.sleep(10); // ok: blocking-sleep -- constructor, not orchestration code
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String handleRequest(String input, DurableContext context) {
        String first = context.step("first-call", String.class, step -> input + "-first");

        context.wait("pause", Duration.ofSeconds(5)); // ok: blocking-sleep -- durable wait, the function suspends
        DurableFuture<Void> coolDown = context.waitAsync("cool-down", Duration.ofSeconds(2)); // ok: blocking-sleep -- durable async wait
        coolDown.get();

        Backoff backoff = new Backoff(100L);
        Duration delay = backoff.sleep(3); // ok: blocking-sleep -- a project method named sleep, not Thread.sleep
        context.wait("backoff-wait", delay); // ok: blocking-sleep -- durable wait with a computed duration

        long timeoutMillis = TimeUnit.SECONDS.toMillis(5); // ok: blocking-sleep -- unit conversion, no sleep
        long minutes = TimeUnit.HOURS.toMinutes(1); // ok: blocking-sleep -- unit conversion, no sleep
        Duration asDuration = TimeUnit.MILLISECONDS.toChronoUnit().getDuration(); // ok: blocking-sleep -- unit metadata, no sleep

        String second = context.step("second-call", String.class, step -> first + "-second");
        return first + second + timeoutMillis + minutes + asDuration;
    }
}
