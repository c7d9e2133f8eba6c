package software.amazon.lambda.durable.config;

/** Declaration of the SDK type {@code StepSemantics} for the test corpus (signatures only, no behaviour). */
public enum StepSemantics {
    AT_LEAST_ONCE_PER_RETRY,
    AT_MOST_ONCE_PER_RETRY
}
