package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code ChildContextFailedException} for the test corpus (signatures only, no behaviour). */
public class ChildContextFailedException extends DurableOperationException {

    public ChildContextFailedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public ChildContextFailedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
