package software.amazon.lambda.durable.config;

import software.amazon.lambda.durable.retry.WaitForConditionWaitStrategy;
import software.amazon.lambda.durable.serde.SerDes;

/** Declaration of the SDK type {@code WaitForConditionConfig} for the test corpus (signatures only, no behaviour). */
public final class WaitForConditionConfig<T> {

    private WaitForConditionConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <T> Builder<T> builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public WaitForConditionWaitStrategy<T> waitStrategy() {
        throw new UnsupportedOperationException("declaration only");
    }

    public SerDes serDes() {
        throw new UnsupportedOperationException("declaration only");
    }

    public T initialState() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code WaitForConditionConfig.Builder} for the test corpus. */
    public static final class Builder<T> {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder<T> waitStrategy(WaitForConditionWaitStrategy<T> waitStrategy) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder<T> serDes(SerDes serDes) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder<T> initialState(T initialState) {
            throw new UnsupportedOperationException("declaration only");
        }

        public WaitForConditionConfig<T> build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
