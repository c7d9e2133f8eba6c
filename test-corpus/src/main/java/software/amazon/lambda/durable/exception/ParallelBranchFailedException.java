package software.amazon.lambda.durable.exception;

/** Declaration of the SDK type {@code ParallelBranchFailedException} for the test corpus (signatures only, no behaviour). */
public class ParallelBranchFailedException extends DurableOperationException {

    public ParallelBranchFailedException(String message) {
        super(message);
        throw new UnsupportedOperationException("declaration only");
    }

    public ParallelBranchFailedException(String message, Throwable cause) {
        super(message, cause);
        throw new UnsupportedOperationException("declaration only");
    }
}
