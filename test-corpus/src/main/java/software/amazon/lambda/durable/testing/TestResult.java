package software.amazon.lambda.durable.testing;

import software.amazon.lambda.durable.model.ExecutionStatus;

/** Declaration of the SDK testing type {@code TestResult} for the test corpus (signatures only, no behaviour). */
public final class TestResult<O> {

    private TestResult() {
        throw new UnsupportedOperationException("declaration only");
    }

    public ExecutionStatus getStatus() {
        throw new UnsupportedOperationException("declaration only");
    }

    public O getResult(Class<O> resultType) {
        throw new UnsupportedOperationException("declaration only");
    }

    public Throwable getError() {
        throw new UnsupportedOperationException("declaration only");
    }
}
