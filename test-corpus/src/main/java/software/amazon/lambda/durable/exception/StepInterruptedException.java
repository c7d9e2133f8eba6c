package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code StepInterruptedException} for the test corpus (signatures only, no behaviour). */
public class StepInterruptedException extends StepException {

    public StepInterruptedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public StepInterruptedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
