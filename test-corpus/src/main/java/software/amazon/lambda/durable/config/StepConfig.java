package software.amazon.lambda.durable.config;

import software.amazon.lambda.durable.retry.RetryStrategy;
import software.amazon.lambda.durable.serde.SerDes;

/** Declaration of the SDK type {@code StepConfig} for the test corpus (signatures only, no behaviour). */
public final class StepConfig {

    private StepConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public RetryStrategy retryStrategy() {
        throw new UnsupportedOperationException("declaration only");
    }

    public StepSemantics semanticsPerRetry() {
        throw new UnsupportedOperationException("declaration only");
    }

    public SerDes serDes() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code StepConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder retryStrategy(RetryStrategy retryStrategy) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder semanticsPerRetry(StepSemantics semanticsPerRetry) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder serDes(SerDes serDes) {
            throw new UnsupportedOperationException("declaration only");
        }

        public StepConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
