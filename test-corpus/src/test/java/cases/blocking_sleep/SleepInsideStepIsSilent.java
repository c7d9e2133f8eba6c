package cases.blocking_sleep;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: sleeps inside step bodies (lambda, anonymous class, waitForCallback submitter,
 * waitForCondition check). A step runs once per attempt and is not replayed, so a short
 * in-step pause is not reported.
 */
public class SleepInsideStepIsSilent extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        String polled = context.step("poll-with-pause", String.class, step -> {
            try {
                Thread.sleep(100); // ok: blocking-sleep -- inside a step body
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return input + "-polled";
        });

        String settled = context.step("settle", String.class, new Function<StepContext, String>() {
            @Override
            public String apply(StepContext step) {
                try {
                    TimeUnit.MILLISECONDS.sleep(50); // ok: blocking-sleep -- anonymous step body
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "settled";
            }
        });

        String callback = context.waitForCallback("await-callback", String.class, (callbackId, step) -> {
            LockSupport.parkNanos(1_000_000L); // ok: blocking-sleep -- callback submitter runs as a step
            step.getLogger().info("registered {}", callbackId);
        });

        Integer ready = context.waitForCondition("await-ready", Integer.class, (state, step) -> {
            try {
                Thread.sleep(20); // ok: blocking-sleep -- condition check runs as a step
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return step.getAttempt() > 3 ? WaitForConditionResult.stopPolling(step.getAttempt()) : WaitForConditionResult.continuePolling(step.getAttempt());
        });

        String child = context.runInChildContext("child-with-step", String.class, childCtx -> childCtx.step("child-sleep-step", String.class, step -> {
            try {
                Thread.sleep(10); // ok: blocking-sleep -- step inside a child context
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "child";
        }));

        return polled + settled + callback + ready + child;
    }
}
