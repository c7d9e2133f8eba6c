package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code MapIterationFailedException} for the test corpus (signatures only, no behaviour). */
public class MapIterationFailedException extends DurableOperationException {

    public MapIterationFailedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public MapIterationFailedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
