package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code StepFailedException} for the test corpus (signatures only, no behaviour). */
public class StepFailedException extends StepException {

    public StepFailedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public StepFailedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
