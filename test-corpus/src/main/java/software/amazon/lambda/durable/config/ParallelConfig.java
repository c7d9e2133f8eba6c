package software.amazon.lambda.durable.config;

/** Declaration of the SDK type {@code ParallelConfig} for the test corpus (signatures only, no behaviour). */
public final class ParallelConfig {

    private ParallelConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Integer maxConcurrency() {
        throw new UnsupportedOperationException("declaration only");
    }

    public CompletionConfig completionConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public NestingType nestingType() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code ParallelConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder maxConcurrency(Integer maxConcurrency) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder completionConfig(CompletionConfig completionConfig) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder nestingType(NestingType nestingType) {
            throw new UnsupportedOperationException("declaration only");
        }

        public ParallelConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
