package cases.unmanaged_concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a helper that takes the DurableContext fans work out to an ExecutorService. The
 * helper is orchestration code, so creating pools and submitting tasks are reported there;
 * a pool created in a field initialiser is silent until something submits to it.
 */
public class ExecutorsInHelperWithContext extends DurableHandler<List<String>, Integer> {

    private static final ExecutorService SHARED = Executors.newCachedThreadPool(); // ok: unmanaged-concurrency -- a field initialiser is not orchestration code

    @Override
    public Integer handleRequest(List<String> ids, DurableContext context) {
        ids.forEach(id -> SHARED.execute(() -> id.trim())); // expect: unmanaged-concurrency
        return enrich(context, ids);
    }

    private int enrich(DurableContext context, List<String> ids) {
        ExecutorService pool = Executors.newFixedThreadPool(4); // expect: unmanaged-concurrency
        List<Callable<String>> tasks = new ArrayList<>();
        for (String id : ids) {
            tasks.add(() -> id.toUpperCase()); // ok: unmanaged-concurrency -- collecting Callables runs nothing
        }
        try {
            Future<String> first = pool.submit(() -> ids.get(0)); // expect: unmanaged-concurrency
            List<Future<String>> all = pool.invokeAll(tasks); // expect: unmanaged-concurrency
            var single = java.util.concurrent.Executors.newSingleThreadExecutor(); // expect: unmanaged-concurrency
            String any = single.invokeAny(tasks); // expect: unmanaged-concurrency
            single.shutdown(); // ok: unmanaged-concurrency -- shutting a pool down submits nothing
            context.getLogger().info("first {} any {}", first.get(), any);
            return all.size();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown(); // ok: unmanaged-concurrency -- shutting a pool down submits nothing
        }
    }
}
