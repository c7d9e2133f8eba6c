package cases.unmanaged_concurrency;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.Executors;
import software.amazon.lambda.durable.DurableConfig;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: java.util.Timer scheduling inside a withRetry body. The body is orchestration code,
 * so every replay schedules the task again; the timer field and the executor handed to the SDK
 * in createConfiguration are set up outside orchestration code and stay silent.
 */
public class TimerInWithRetryBody extends DurableHandler<String, String> {

    private static final Timer HEARTBEAT = new Timer("heartbeat", true); // ok: unmanaged-concurrency -- a field initialiser is not orchestration code

    @Override
    protected DurableConfig createConfiguration() {
        return DurableConfig.builder()
                .withExecutorService(Executors.newFixedThreadPool(4)) // ok: unmanaged-concurrency -- createConfiguration is not orchestration code
                .build();
    }

    @Override
    public String handleRequest(String input, DurableContext context) {
        return context.withRetry("publish-with-heartbeat", (attempt, retryCtx) -> {
            TimerTask beat = new TimerTask() { // ok: unmanaged-concurrency -- creating a task schedules nothing
                @Override
                public void run() {
                    input.isEmpty();
                }
            };
            HEARTBEAT.schedule(beat, 1_000L); // expect: unmanaged-concurrency
            HEARTBEAT.scheduleAtFixedRate(new TimerTask() { // expect: unmanaged-concurrency
                @Override
                public void run() {
                    input.length();
                }
            }, 0L, 5_000L);
            beat.cancel(); // ok: unmanaged-concurrency -- cancelling a task schedules nothing
            return retryCtx.step("publish", String.class, stepCtx -> input.toUpperCase());
        });
    }
}
