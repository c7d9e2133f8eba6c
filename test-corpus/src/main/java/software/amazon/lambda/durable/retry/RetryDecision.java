package software.amazon.lambda.durable.retry;

import java.time.Duration;

/** Declaration of the SDK type {@code RetryDecision} for the test corpus (signatures only, no behaviour). */
public final class RetryDecision {

    private RetryDecision() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static RetryDecision retry(Duration delay) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static RetryDecision fail() {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean shouldRetry() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Duration delay() {
        throw new UnsupportedOperationException("declaration only");
    }
}
