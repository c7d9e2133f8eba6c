package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code InvokeFailedException} for the test corpus (signatures only, no behaviour). */
public class InvokeFailedException extends InvokeException {

    public InvokeFailedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public InvokeFailedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
