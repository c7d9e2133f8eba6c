package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code CallbackTimeoutException} for the test corpus (signatures only, no behaviour). */
public class CallbackTimeoutException extends CallbackException {

    public CallbackTimeoutException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public CallbackTimeoutException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
