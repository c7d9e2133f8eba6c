package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code InvokeStoppedException} for the test corpus (signatures only, no behaviour). */
public class InvokeStoppedException extends InvokeException {

    public InvokeStoppedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public InvokeStoppedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
