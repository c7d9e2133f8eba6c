package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code NonDeterministicExecutionException} for the test corpus (signatures only, no behaviour). */
public class NonDeterministicExecutionException extends UnrecoverableDurableExecutionException {

    public NonDeterministicExecutionException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public NonDeterministicExecutionException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
