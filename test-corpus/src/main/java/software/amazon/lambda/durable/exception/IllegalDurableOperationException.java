package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code IllegalDurableOperationException} for the test corpus (signatures only, no behaviour). */
public class IllegalDurableOperationException extends UnrecoverableDurableExecutionException {

    public IllegalDurableOperationException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public IllegalDurableOperationException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
