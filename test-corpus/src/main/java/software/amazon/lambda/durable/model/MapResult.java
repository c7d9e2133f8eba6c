package software.amazon.lambda.durable.model;

import java.util.List;

/** Declaration of the SDK type {@code MapResult} for the test corpus (signatures only, no behaviour). */
public final class MapResult<T> {

    private MapResult() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <T> MapResult<T> empty() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** The result at {@code index}, or {@code null} if that item failed or did not start. */
    public T getResult(int index) {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean allSucceeded() {
        throw new UnsupportedOperationException("declaration only");
    }

    public int size() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** All results in item order ({@code null} for failed or not-started items). */
    public List<T> results() {
        throw new UnsupportedOperationException("declaration only");
    }

    public List<T> succeeded() {
        throw new UnsupportedOperationException("declaration only");
    }
}
