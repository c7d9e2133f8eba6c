package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code InvokeTimedOutException} for the test corpus (signatures only, no behaviour). */
public class InvokeTimedOutException extends InvokeException {

    public InvokeTimedOutException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public InvokeTimedOutException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
