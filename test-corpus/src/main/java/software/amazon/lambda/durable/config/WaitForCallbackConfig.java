package software.amazon.lambda.durable.config;

/** Declaration of the SDK type {@code WaitForCallbackConfig} for the test corpus (signatures only, no behaviour). */
public final class WaitForCallbackConfig {

    private WaitForCallbackConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public StepConfig stepConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public CallbackConfig callbackConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code WaitForCallbackConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder stepConfig(StepConfig stepConfig) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder callbackConfig(CallbackConfig callbackConfig) {
            throw new UnsupportedOperationException("declaration only");
        }

        public WaitForCallbackConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
