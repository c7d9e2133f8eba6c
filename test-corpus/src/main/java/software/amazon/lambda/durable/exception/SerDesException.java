package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code SerDesException} for the test corpus (signatures only, no behaviour). */
public class SerDesException extends DurableExecutionException {

    public SerDesException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public SerDesException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
