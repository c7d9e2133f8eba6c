package software.amazon.lambda.durable.config;

import software.amazon.lambda.durable.serde.SerDes;

/** Declaration of the SDK type {@code InvokeConfig} for the test corpus (signatures only, no behaviour). */
public final class InvokeConfig {

    private InvokeConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public SerDes payloadSerDes() {
        throw new UnsupportedOperationException("declaration only");
    }

    public SerDes serDes() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String tenantId() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code InvokeConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder payloadSerDes(SerDes payloadSerDes) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder serDes(SerDes serDes) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder tenantId(String tenantId) {
            throw new UnsupportedOperationException("declaration only");
        }

        public InvokeConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
