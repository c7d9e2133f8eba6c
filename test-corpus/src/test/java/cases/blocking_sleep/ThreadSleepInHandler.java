package cases.blocking_sleep;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: blocking sleeps written directly in handleRequest. The function keeps running
 * (and billing) while it sleeps, and every replay sleeps again; context.wait suspends
 * instead.
 */
public class ThreadSleepInHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        String reserved = context.step("reserve-stock", String.class, step -> input + "-reserved");

        try {
            Thread.sleep(100); // expect: blocking-sleep
            Thread.sleep(50L, 500); // expect: blocking-sleep
            TimeUnit.SECONDS.sleep(1); // expect: blocking-sleep
            TimeUnit.MILLISECONDS.sleep(250); // expect: blocking-sleep
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        LockSupport.parkNanos(1_000_000L); // expect: blocking-sleep
        LockSupport.parkNanos(this, 2_000_000L); // expect: blocking-sleep
        LockSupport.park(); // expect: blocking-sleep
        LockSupport.parkUntil(1_700_000_000_000L); // expect: blocking-sleep

        var unit = TimeUnit.MINUTES;
        try {
            unit.sleep(2); // expect: blocking-sleep
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        return context.step("confirm-stock", String.class, step -> reserved + "-confirmed");
    }
}
