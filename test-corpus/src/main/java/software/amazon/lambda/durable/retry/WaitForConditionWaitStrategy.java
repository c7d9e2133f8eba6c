package software.amazon.lambda.durable.retry;

import java.time.Duration;

/** Declaration of the SDK type {@code WaitForConditionWaitStrategy} for the test corpus (signatures only, no behaviour). */
@FunctionalInterface
public interface WaitForConditionWaitStrategy<T> {

    /** The delay before the next check; {@code attempt} is 1-based. */
    Duration evaluate(T state, int attempt);
}
