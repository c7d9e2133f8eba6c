package cases.blocking_sleep;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: Object.wait on a monitor in orchestration code blocks the invocation like a
 * sleep. DurableContext.wait(String, Duration) shares the name but is a durable operation:
 * the analyzer must resolve the call by its receiver type.
 */
public class ObjectWaitOnMonitor extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Object lock = new Object();
        synchronized (lock) {
            try {
                lock.wait(100); // expect: blocking-sleep
                lock.wait(10, 500); // expect: blocking-sleep
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        context.wait("cool-down", Duration.ofSeconds(5)); // ok: blocking-sleep -- DurableContext.wait suspends durably

        Object gate = new Object();
        synchronized (gate) {
            try {
                gate.wait(); // expect: blocking-sleep
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        return context.step("after-wait", String.class, step -> input + "-released");
    }
}
