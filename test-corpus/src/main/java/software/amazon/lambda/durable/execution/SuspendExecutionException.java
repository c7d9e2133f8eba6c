package software.amazon.lambda.durable.execution;

/**
 * Declaration of the SDK type {@code SuspendExecutionException} for the test corpus (signatures only, no behaviour).
 *
 * <p>The SDK's internal suspend signal; user code must not swallow it.
 */
public class SuspendExecutionException extends DurableExecutionError {

    public SuspendExecutionException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }
}
