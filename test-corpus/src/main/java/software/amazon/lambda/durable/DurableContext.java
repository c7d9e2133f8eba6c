package software.amazon.lambda.durable;

import java.time.Duration;
import java.util.Collection;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.lambda.durable.config.CallbackConfig;
import software.amazon.lambda.durable.config.InvokeConfig;
import software.amazon.lambda.durable.config.MapConfig;
import software.amazon.lambda.durable.config.ParallelConfig;
import software.amazon.lambda.durable.config.RunInChildContextConfig;
import software.amazon.lambda.durable.config.StepConfig;
import software.amazon.lambda.durable.config.WaitForCallbackConfig;
import software.amazon.lambda.durable.config.WaitForConditionConfig;
import software.amazon.lambda.durable.config.WithRetryConfig;
import software.amazon.lambda.durable.context.BaseContext;
import software.amazon.lambda.durable.model.MapResult;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Declaration of the SDK type {@code DurableContext} for the test corpus (signatures only, no behaviour).
 *
 * <p>Argument 0 of every operation is the operation name (nullable); the lambda argument is the body.
 */
public interface DurableContext extends BaseContext {

    default <T> T step(String name, Class<T> resultType, Function<StepContext, T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> stepAsync(String name, Class<T> resultType, Function<StepContext, T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T step(String name, Class<T> resultType, Function<StepContext, T> func, StepConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> stepAsync(String name, Class<T> resultType, Function<StepContext, T> func, StepConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T step(String name, TypeToken<T> resultType, Function<StepContext, T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> stepAsync(String name, TypeToken<T> resultType, Function<StepContext, T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T step(String name, TypeToken<T> resultType, Function<StepContext, T> func, StepConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    <T> DurableFuture<T> stepAsync(String name, TypeToken<T> resultType, Function<StepContext, T> func, StepConfig config);

    @Deprecated
    default <T> T step(String name, Class<T> resultType, Supplier<T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Deprecated
    default <T> DurableFuture<T> stepAsync(String name, Class<T> resultType, Supplier<T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Deprecated
    default <T> T step(String name, Class<T> resultType, Supplier<T> func, StepConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Deprecated
    default <T> DurableFuture<T> stepAsync(String name, Class<T> resultType, Supplier<T> func, StepConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Deprecated
    default <T> T step(String name, TypeToken<T> resultType, Supplier<T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Deprecated
    default <T> DurableFuture<T> stepAsync(String name, TypeToken<T> resultType, Supplier<T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Deprecated
    default <T> T step(String name, TypeToken<T> resultType, Supplier<T> func, StepConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Deprecated
    default <T> DurableFuture<T> stepAsync(String name, TypeToken<T> resultType, Supplier<T> func, StepConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default Void wait(String name, Duration duration) {
        throw new UnsupportedOperationException("declaration only");
    }

    DurableFuture<Void> waitAsync(String name, Duration duration);

    default <T, U> T invoke(String name, String functionName, U payload, Class<T> resultType) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T, U> DurableFuture<T> invokeAsync(String name, String functionName, U payload, Class<T> resultType) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T, U> T invoke(String name, String functionName, U payload, Class<T> resultType, InvokeConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T, U> DurableFuture<T> invokeAsync(String name, String functionName, U payload, Class<T> resultType, InvokeConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T, U> T invoke(String name, String functionName, U payload, TypeToken<T> resultType) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T, U> DurableFuture<T> invokeAsync(String name, String functionName, U payload, TypeToken<T> resultType) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T, U> T invoke(String name, String functionName, U payload, TypeToken<T> resultType, InvokeConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    <T, U> DurableFuture<T> invokeAsync(String name, String functionName, U payload, TypeToken<T> resultType, InvokeConfig config);

    default <T> DurableCallbackFuture<T> createCallback(String name, Class<T> resultType) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableCallbackFuture<T> createCallback(String name, Class<T> resultType, CallbackConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableCallbackFuture<T> createCallback(String name, TypeToken<T> resultType) {
        throw new UnsupportedOperationException("declaration only");
    }

    <T> DurableCallbackFuture<T> createCallback(String name, TypeToken<T> resultType, CallbackConfig config);

    default <T> T waitForCallback(String name, Class<T> resultType, BiConsumer<String, StepContext> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> waitForCallbackAsync(String name, Class<T> resultType, BiConsumer<String, StepContext> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T waitForCallback(String name, Class<T> resultType, BiConsumer<String, StepContext> func, WaitForCallbackConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> waitForCallbackAsync(String name, Class<T> resultType, BiConsumer<String, StepContext> func, WaitForCallbackConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T waitForCallback(String name, TypeToken<T> resultType, BiConsumer<String, StepContext> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> waitForCallbackAsync(String name, TypeToken<T> resultType, BiConsumer<String, StepContext> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T waitForCallback(String name, TypeToken<T> resultType, BiConsumer<String, StepContext> func, WaitForCallbackConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    <T> DurableFuture<T> waitForCallbackAsync(String name, TypeToken<T> resultType, BiConsumer<String, StepContext> func, WaitForCallbackConfig config);

    default <T> T runInChildContext(String name, Class<T> resultType, Function<DurableContext, T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> runInChildContextAsync(String name, Class<T> resultType, Function<DurableContext, T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T runInChildContext(String name, Class<T> resultType, Function<DurableContext, T> func, RunInChildContextConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> runInChildContextAsync(String name, Class<T> resultType, Function<DurableContext, T> func, RunInChildContextConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T runInChildContext(String name, TypeToken<T> resultType, Function<DurableContext, T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> runInChildContextAsync(String name, TypeToken<T> resultType, Function<DurableContext, T> func) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T runInChildContext(String name, TypeToken<T> resultType, Function<DurableContext, T> func, RunInChildContextConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    <T> DurableFuture<T> runInChildContextAsync(String name, TypeToken<T> resultType, Function<DurableContext, T> func, RunInChildContextConfig config);

    default <I, O> MapResult<O> map(String name, Collection<I> items, Class<O> resultType, MapFunction<I, O> function) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <I, O> DurableFuture<MapResult<O>> mapAsync(String name, Collection<I> items, Class<O> resultType, MapFunction<I, O> function) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <I, O> MapResult<O> map(String name, Collection<I> items, Class<O> resultType, MapFunction<I, O> function, MapConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <I, O> DurableFuture<MapResult<O>> mapAsync(String name, Collection<I> items, Class<O> resultType, MapFunction<I, O> function, MapConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <I, O> MapResult<O> map(String name, Collection<I> items, TypeToken<O> resultType, MapFunction<I, O> function) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <I, O> DurableFuture<MapResult<O>> mapAsync(String name, Collection<I> items, TypeToken<O> resultType, MapFunction<I, O> function) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <I, O> MapResult<O> map(String name, Collection<I> items, TypeToken<O> resultType, MapFunction<I, O> function, MapConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    <I, O> DurableFuture<MapResult<O>> mapAsync(String name, Collection<I> items, TypeToken<O> resultType, MapFunction<I, O> function, MapConfig config);

    default ParallelDurableFuture parallel(String name) {
        throw new UnsupportedOperationException("declaration only");
    }

    ParallelDurableFuture parallel(String name, ParallelConfig config);

    default <T> T waitForCondition(String name, Class<T> resultType, BiFunction<T, StepContext, WaitForConditionResult<T>> checkFunc) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> waitForConditionAsync(String name, Class<T> resultType, BiFunction<T, StepContext, WaitForConditionResult<T>> checkFunc) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T waitForCondition(String name, Class<T> resultType, BiFunction<T, StepContext, WaitForConditionResult<T>> checkFunc, WaitForConditionConfig<T> config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> waitForConditionAsync(String name, Class<T> resultType, BiFunction<T, StepContext, WaitForConditionResult<T>> checkFunc, WaitForConditionConfig<T> config) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T waitForCondition(String name, TypeToken<T> resultType, BiFunction<T, StepContext, WaitForConditionResult<T>> checkFunc) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> waitForConditionAsync(String name, TypeToken<T> resultType, BiFunction<T, StepContext, WaitForConditionResult<T>> checkFunc) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T waitForCondition(String name, TypeToken<T> resultType, BiFunction<T, StepContext, WaitForConditionResult<T>> checkFunc, WaitForConditionConfig<T> config) {
        throw new UnsupportedOperationException("declaration only");
    }

    <T> DurableFuture<T> waitForConditionAsync(String name, TypeToken<T> resultType, BiFunction<T, StepContext, WaitForConditionResult<T>> checkFunc, WaitForConditionConfig<T> config);

    default <T> T withRetry(String name, BiFunction<Integer, DurableContext, T> operation) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> DurableFuture<T> withRetryAsync(String name, BiFunction<Integer, DurableContext, T> operation) {
        throw new UnsupportedOperationException("declaration only");
    }

    default <T> T withRetry(String name, BiFunction<Integer, DurableContext, T> operation, WithRetryConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    <T> DurableFuture<T> withRetryAsync(String name, BiFunction<Integer, DurableContext, T> operation, WithRetryConfig config);

    boolean isReplaying();

    static DurableContext getCurrentContext() {
        throw new UnsupportedOperationException("declaration only");
    }
}
