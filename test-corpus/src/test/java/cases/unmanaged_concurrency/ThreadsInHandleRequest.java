package cases.unmanaged_concurrency;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: raw threads created and started directly in handleRequest. Work on a foreign thread
 * is not checkpointed and its timing differs on replay, so creating and starting a thread are
 * each reported; running a Runnable on the current thread is not.
 */
public class ThreadsInHandleRequest extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Runnable warmUp = () -> input.trim(); // ok: unmanaged-concurrency -- a Runnable is only a value until something runs it
        warmUp.run(); // ok: unmanaged-concurrency -- Runnable.run executes on the current thread

        Thread worker = new Thread(() -> input.toUpperCase()); // expect: unmanaged-concurrency
        worker.setDaemon(true); // ok: unmanaged-concurrency -- configuring a thread starts nothing
        worker.start(); // expect: unmanaged-concurrency

        new Thread(warmUp, "warm-up").start(); // expect: unmanaged-concurrency, unmanaged-concurrency

        var named = new java.lang.Thread(warmUp); // expect: unmanaged-concurrency
        named.start(); // expect: unmanaged-concurrency

        return context.step("background-work", String.class, stepCtx -> {
            Thread helper = new Thread(() -> input.strip()); // ok: unmanaged-concurrency -- inside a step body
            helper.start(); // ok: unmanaged-concurrency -- inside a step body
            return input;
        });
    }
}
