package cases.unmanaged_concurrency;

import java.util.concurrent.CompletableFuture;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: CompletableFuture async stages inside a runInChildContext body. The child body is
 * orchestration code, and *Async stages run on the common pool outside the SDK's control;
 * already-completed futures and synchronous stages stay on the calling thread.
 */
public class CompletableFutureAsyncInChildContext extends DurableHandler<String, Integer> {

    @Override
    public Integer handleRequest(String input, DurableContext context) {
        Integer length = context.runInChildContext("measure-input", Integer.class, child -> {
            CompletableFuture<String> trimmed = CompletableFuture.supplyAsync(() -> input.trim()); // expect: unmanaged-concurrency
            CompletableFuture<Integer> size = trimmed.thenApplyAsync(String::length); // expect: unmanaged-concurrency
            CompletableFuture<Void> touched = CompletableFuture.runAsync(() -> input.isBlank()); // expect: unmanaged-concurrency
            CompletableFuture<Void> logged = size.thenAcceptAsync(n -> input.repeat(n)); // expect: unmanaged-concurrency

            CompletableFuture<String> ready = CompletableFuture.completedFuture(input); // ok: unmanaged-concurrency -- an already-completed future starts no work
            CompletableFuture<Integer> direct = ready.thenApply(String::length); // ok: unmanaged-concurrency -- thenApply runs on the completing thread
            touched.join();
            logged.join();
            return size.join() + direct.join();
        });

        Integer checked = context.runInChildContext("measure-async", Integer.class, child -> child.step("async-measure", Integer.class, stepCtx ->
                CompletableFuture.supplyAsync(() -> input.length()).join())); // ok: unmanaged-concurrency -- inside a step body
        return length + checked;
    }
}
