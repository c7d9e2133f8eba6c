package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code InvokeException} for the test corpus (signatures only, no behaviour). */
public class InvokeException extends DurableOperationException {

    public InvokeException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public InvokeException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
