package software.amazon.lambda.durable.retry;

import java.time.Duration;

/** Declaration of the SDK type {@code WaitStrategies} for the test corpus (signatures only, no behaviour). */
public final class WaitStrategies {

    private WaitStrategies() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <T> WaitForConditionWaitStrategy<T> exponentialBackoff(
            int maxAttempts, Duration initialDelay, Duration maxDelay, double backoffRate, JitterStrategy jitter) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <T> WaitForConditionWaitStrategy<T> fixedDelay(int maxAttempts, Duration fixedDelay) {
        throw new UnsupportedOperationException("declaration only");
    }
}
