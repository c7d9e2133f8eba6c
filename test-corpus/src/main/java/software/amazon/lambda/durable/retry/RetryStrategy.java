package software.amazon.lambda.durable.retry;

/** Declaration of the SDK type {@code RetryStrategy} for the test corpus (signatures only, no behaviour). */
@FunctionalInterface
public interface RetryStrategy {

    /** Decides whether to retry after {@code error}; {@code attempt} is 1-based. */
    RetryDecision makeRetryDecision(Throwable error, int attempt);
}
