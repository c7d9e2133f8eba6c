package software.amazon.lambda.durable.testing;

import java.util.function.BiFunction;
import software.amazon.lambda.durable.DurableConfig;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.TypeToken;

/** Declaration of the SDK testing type {@code LocalDurableTestRunner} for the test corpus (signatures only, no behaviour). */
public final class LocalDurableTestRunner<I, O> {

    private LocalDurableTestRunner() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <I, O> LocalDurableTestRunner<I, O> create(
            Class<I> inputType, BiFunction<I, DurableContext, O> handler) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <I, O> LocalDurableTestRunner<I, O> create(
            TypeToken<I> inputType, BiFunction<I, DurableContext, O> handler) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <I, O> LocalDurableTestRunner<I, O> create(
            Class<I> inputType, BiFunction<I, DurableContext, O> handler, DurableConfig config) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <I, O> LocalDurableTestRunner<I, O> create(Class<I> inputType, DurableHandler<I, O> handler) {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Runs one invocation; the result may be PENDING. */
    public TestResult<O> run(I input) {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Re-invokes (advancing time between invocations) until the execution completes. */
    public TestResult<O> runUntilComplete(I input) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void advanceTime() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getCallbackId(String operationName) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void completeCallback(String callbackId, String resultJson) {
        throw new UnsupportedOperationException("declaration only");
    }
}
