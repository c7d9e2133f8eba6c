package software.amazon.lambda.durable.config;

/** Declaration of the SDK type {@code CompletionConfig} for the test corpus (signatures only, no behaviour). */
public final class CompletionConfig {

    private CompletionConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Integer minSuccessful() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Integer toleratedFailureCount() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Double toleratedFailurePercentage() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code CompletionConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder minSuccessful(Integer minSuccessful) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder toleratedFailureCount(Integer toleratedFailureCount) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder toleratedFailurePercentage(Double toleratedFailurePercentage) {
            throw new UnsupportedOperationException("declaration only");
        }

        public CompletionConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
