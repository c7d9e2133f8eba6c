package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code StepException} for the test corpus (signatures only, no behaviour). */
public class StepException extends DurableOperationException {

    public StepException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public StepException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
