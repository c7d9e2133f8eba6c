package software.amazon.lambda.durable.retry;

import java.time.Duration;

/** Declaration of the SDK type {@code RetryStrategies} for the test corpus (signatures only, no behaviour). */
public final class RetryStrategies {

    private RetryStrategies() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static RetryStrategy exponentialBackoff(
            int maxAttempts, Duration initialDelay, Duration maxDelay, double backoffRate, JitterStrategy jitter) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static RetryStrategy linearBackoff(int maxAttempts, Duration initialDelay, Duration increment) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static RetryStrategy fixedDelay(int maxAttempts, Duration fixedDelay) {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code RetryStrategies.Presets} for the test corpus. */
    public static final class Presets {

        private Presets() {
            throw new UnsupportedOperationException("declaration only");
        }

        /** Exponential backoff: 6 attempts, 5 s to 60 s, x2, full jitter. */
        public static final RetryStrategy DEFAULT = (error, attempt) -> {
            throw new UnsupportedOperationException("declaration only");
        };

        public static final RetryStrategy LINEAR = (error, attempt) -> {
            throw new UnsupportedOperationException("declaration only");
        };

        public static final RetryStrategy NO_RETRY = (error, attempt) -> {
            throw new UnsupportedOperationException("declaration only");
        };
    }
}
