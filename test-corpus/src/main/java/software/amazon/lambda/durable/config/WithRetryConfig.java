package software.amazon.lambda.durable.config;

import software.amazon.lambda.durable.retry.RetryStrategy;

/** Declaration of the SDK type {@code WithRetryConfig} for the test corpus (signatures only, no behaviour). */
public final class WithRetryConfig {

    private WithRetryConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public RetryStrategy retryStrategy() {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean wrapInChildContext() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code WithRetryConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder retryStrategy(RetryStrategy retryStrategy) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder wrapInChildContext(boolean wrapInChildContext) {
            throw new UnsupportedOperationException("declaration only");
        }

        public WithRetryConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
