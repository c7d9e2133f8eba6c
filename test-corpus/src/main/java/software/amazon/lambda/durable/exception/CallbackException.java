package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code CallbackException} for the test corpus (signatures only, no behaviour). */
public class CallbackException extends DurableOperationException {

    public CallbackException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public CallbackException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
