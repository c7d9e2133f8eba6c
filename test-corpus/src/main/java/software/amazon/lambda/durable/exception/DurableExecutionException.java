package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code DurableExecutionException} for the test corpus (signatures only, no behaviour). */
public class DurableExecutionException extends RuntimeException {

    public DurableExecutionException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public DurableExecutionException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
