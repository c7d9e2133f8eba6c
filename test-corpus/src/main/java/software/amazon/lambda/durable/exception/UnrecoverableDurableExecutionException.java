package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code UnrecoverableDurableExecutionException} for the test corpus (signatures only, no behaviour). */
public class UnrecoverableDurableExecutionException extends DurableExecutionException {

    public UnrecoverableDurableExecutionException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public UnrecoverableDurableExecutionException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
