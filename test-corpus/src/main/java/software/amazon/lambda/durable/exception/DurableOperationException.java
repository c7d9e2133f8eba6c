package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code DurableOperationException} for the test corpus (signatures only, no behaviour). */
public class DurableOperationException extends DurableExecutionException {

    public DurableOperationException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public DurableOperationException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
