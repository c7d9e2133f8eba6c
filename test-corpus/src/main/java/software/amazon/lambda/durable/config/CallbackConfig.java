package software.amazon.lambda.durable.config;

import java.time.Duration;
import software.amazon.lambda.durable.serde.SerDes;

/** Declaration of the SDK type {@code CallbackConfig} for the test corpus (signatures only, no behaviour). */
public final class CallbackConfig {

    private CallbackConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Duration timeout() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Duration heartbeatTimeout() {
        throw new UnsupportedOperationException("declaration only");
    }

    public SerDes serDes() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code CallbackConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder timeout(Duration timeout) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder heartbeatTimeout(Duration heartbeatTimeout) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder serDes(SerDes serDes) {
            throw new UnsupportedOperationException("declaration only");
        }

        public CallbackConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
