package software.amazon.lambda.durable.retry;

/** Declaration of the SDK type {@code JitterStrategy} for the test corpus (signatures only, no behaviour). */
public enum JitterStrategy {
    NONE,
    FULL,
    HALF
}
