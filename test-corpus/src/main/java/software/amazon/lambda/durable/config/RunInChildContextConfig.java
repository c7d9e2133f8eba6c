package software.amazon.lambda.durable.config;

import software.amazon.lambda.durable.serde.SerDes;

/** Declaration of the SDK type {@code RunInChildContextConfig} for the test corpus (signatures only, no behaviour). */
public final class RunInChildContextConfig {

    private RunInChildContextConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public SerDes serDes() {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean isVirtual() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code RunInChildContextConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder serDes(SerDes serDes) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder isVirtual(boolean isVirtual) {
            throw new UnsupportedOperationException("declaration only");
        }

        public RunInChildContextConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
