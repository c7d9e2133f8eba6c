package software.amazon.lambda.durable.execution;

/** Declaration of the SDK type {@code DurableExecutionError} for the test corpus (signatures only, no behaviour). */
public class DurableExecutionError extends Error {

    public DurableExecutionError(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }
}
