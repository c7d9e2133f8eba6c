package software.amazon.lambda.durable.model;

/** Declaration of the SDK type {@code ParallelResult} for the test corpus (signatures only, no behaviour). */
public final class ParallelResult {

    private ParallelResult() {
        throw new UnsupportedOperationException("declaration only");
    }

    public int size() {
        throw new UnsupportedOperationException("declaration only");
    }

    public int succeeded() {
        throw new UnsupportedOperationException("declaration only");
    }

    public int failed() {
        throw new UnsupportedOperationException("declaration only");
    }
}
