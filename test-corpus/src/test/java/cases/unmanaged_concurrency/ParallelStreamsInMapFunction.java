package cases.unmanaged_concurrency;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: parallel streams and ForkJoinPool submissions inside a map function. The function
 * is orchestration code for each item; a sequential stream, and getting the common pool without
 * submitting to it, are silent.
 */
public class ParallelStreamsInMapFunction extends DurableHandler<List<List<String>>, Integer> {

    @Override
    public Integer handleRequest(List<List<String>> batches, DurableContext context) {
        MapResult<String> joined = context.map("join-batches", batches, String.class, (batch, index, itemCtx) -> {
            List<String> upper = batch.parallelStream().map(String::toUpperCase).collect(Collectors.toList()); // expect: unmanaged-concurrency
            long blanks = batch.stream().parallel().filter(String::isBlank).count(); // expect: unmanaged-concurrency
            List<String> trimmed = batch.stream().map(String::trim).collect(Collectors.toList()); // ok: unmanaged-concurrency -- a sequential stream runs on the current thread

            ForkJoinPool common = ForkJoinPool.commonPool(); // ok: unmanaged-concurrency -- getting the pool submits nothing
            ForkJoinTask<Integer> counted = common.submit(() -> batch.size()); // expect: unmanaged-concurrency
            String first = ForkJoinPool.commonPool().invoke(ForkJoinTask.adapt(() -> batch.get(0))); // expect: unmanaged-concurrency
            common.execute(() -> batch.isEmpty()); // expect: unmanaged-concurrency

            return String.join(",", upper) + blanks + trimmed.size() + counted.join() + first;
        });

        MapResult<Long> sizes = context.map("size-batches", batches, Long.class, (batch, index, itemCtx) ->
                itemCtx.step("count-words", Long.class, stepCtx -> batch.parallelStream().count())); // ok: unmanaged-concurrency -- inside a step body
        return joined.size() + sizes.size();
    }
}
