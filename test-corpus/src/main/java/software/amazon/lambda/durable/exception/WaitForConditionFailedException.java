package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code WaitForConditionFailedException} for the test corpus (signatures only, no behaviour). */
public class WaitForConditionFailedException extends DurableOperationException {

    public WaitForConditionFailedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public WaitForConditionFailedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
