package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code CallbackSubmitterException} for the test corpus (signatures only, no behaviour). */
public class CallbackSubmitterException extends CallbackException {

    public CallbackSubmitterException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public CallbackSubmitterException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
