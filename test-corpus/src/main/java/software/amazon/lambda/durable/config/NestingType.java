package software.amazon.lambda.durable.config;

/** Declaration of the SDK type {@code NestingType} for the test corpus (signatures only, no behaviour). */
public enum NestingType {
    NESTED,
    FLAT
}
