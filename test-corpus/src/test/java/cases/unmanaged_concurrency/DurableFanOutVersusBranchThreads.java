package cases.unmanaged_concurrency;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: fan-out written with the SDK's own primitives (stepAsync, allOf/anyOf, map,
 * parallel, runInChildContextAsync) is checkpointed and stays silent; a parallel branch that
 * spins up its own executor or parallel stream is orchestration code and is reported.
 */
public class DurableFanOutVersusBranchThreads extends DurableHandler<List<String>, Integer> {

    @Override
    public Integer handleRequest(List<String> skus, DurableContext context) {
        DurableFuture<Integer> stock = context.stepAsync("check-stock", Integer.class, stepCtx -> skus.size()); // ok: unmanaged-concurrency -- stepAsync is a durable, checkpointed operation
        DurableFuture<Integer> price = context.stepAsync("check-price", Integer.class, stepCtx -> skus.size() * 2); // ok: unmanaged-concurrency -- stepAsync is a durable, checkpointed operation
        List<Integer> both = DurableFuture.allOf(stock, price); // ok: unmanaged-concurrency -- DurableFuture.allOf waits on durable operations
        Object fastest = DurableFuture.anyOf(stock, price); // ok: unmanaged-concurrency -- DurableFuture.anyOf waits on durable operations

        DurableFuture<String> summary = context.runInChildContextAsync("summarise", String.class, child -> skus.get(0)); // ok: unmanaged-concurrency -- a child context is a durable operation
        MapResult<String> labels = context.map("label-skus", skus, String.class, (sku, index, itemCtx) -> sku.toUpperCase()); // ok: unmanaged-concurrency -- map is the durable fan-out
        List<String> lower = skus.stream().map(String::toLowerCase).toList(); // ok: unmanaged-concurrency -- a sequential stream

        try (ParallelDurableFuture checks = context.parallel("sku-checks")) { // ok: unmanaged-concurrency -- parallel is the durable fan-out
            checks.branch("validate", Integer.class, branchCtx -> {
                ExecutorService pool = Executors.newWorkStealingPool(); // expect: unmanaged-concurrency
                try {
                    Future<Integer> counted = pool.submit(() -> skus.size()); // expect: unmanaged-concurrency
                    return counted.get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                } finally {
                    pool.shutdown();
                }
            });
            checks.branch("dedupe", Long.class, branchCtx -> skus.parallelStream().distinct().count()); // expect: unmanaged-concurrency
            checks.branch("dedupe-in-step", Long.class, branchCtx -> branchCtx.step("dedupe-step", Long.class, stepCtx -> {
                ExecutorService pool = Executors.newFixedThreadPool(2); // ok: unmanaged-concurrency -- inside a step body
                pool.shutdown();
                return skus.parallelStream().distinct().count(); // ok: unmanaged-concurrency -- inside a step body
            }));
        }
        return both.size() + String.valueOf(fastest).length() + summary.get().length() + labels.size() + lower.size();
    }
}
