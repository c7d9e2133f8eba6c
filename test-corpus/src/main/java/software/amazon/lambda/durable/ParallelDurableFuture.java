package software.amazon.lambda.durable;

import java.util.function.Function;
import software.amazon.lambda.durable.config.ParallelBranchConfig;
import software.amazon.lambda.durable.model.ParallelResult;

/** Declaration of the SDK type {@code ParallelDurableFuture} for the test corpus (signatures only, no behaviour). */
public interface ParallelDurableFuture extends DurableFuture<ParallelResult>, AutoCloseable {

    <T> DurableFuture<T> branch(String name, Class<T> resultType, Function<DurableContext, T> func);

    <T> DurableFuture<T> branch(
            String name, Class<T> resultType, Function<DurableContext, T> func, ParallelBranchConfig config);

    <T> DurableFuture<T> branch(String name, TypeToken<T> resultType, Function<DurableContext, T> func);

    <T> DurableFuture<T> branch(
            String name, TypeToken<T> resultType, Function<DurableContext, T> func, ParallelBranchConfig config);

    /** Waits for all branches (calls {@link #get()}); throws no checked exception. */
    @Override
    void close();
}
