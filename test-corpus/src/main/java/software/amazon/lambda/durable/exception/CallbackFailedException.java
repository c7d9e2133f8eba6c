package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code CallbackFailedException} for the test corpus (signatures only, no behaviour). */
public class CallbackFailedException extends CallbackException {

    public CallbackFailedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public CallbackFailedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
