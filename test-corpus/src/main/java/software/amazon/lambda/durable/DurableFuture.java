package software.amazon.lambda.durable;

import java.util.List;

/** Declaration of the SDK type {@code DurableFuture} for the test corpus (signatures only, no behaviour). */
public interface DurableFuture<T> {

    /** Blocks until the result is available; may suspend the execution. */
    T get();

    @SafeVarargs
    static <T> List<T> allOf(DurableFuture<T>... futures) {
        throw new UnsupportedOperationException("declaration only");
    }

    static <T> List<T> allOf(List<DurableFuture<T>> futures) {
        throw new UnsupportedOperationException("declaration only");
    }

    static Object anyOf(DurableFuture<?>... futures) {
        throw new UnsupportedOperationException("declaration only");
    }
}
