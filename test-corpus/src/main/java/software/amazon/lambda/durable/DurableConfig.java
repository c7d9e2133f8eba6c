package software.amazon.lambda.durable;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import software.amazon.lambda.durable.logging.LoggerConfig;
import software.amazon.lambda.durable.serde.SerDes;

/** Declaration of the SDK type {@code DurableConfig} for the test corpus (signatures only, no behaviour). */
public final class DurableConfig {

    private DurableConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static DurableConfig defaults() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public SerDes getSerDes() {
        throw new UnsupportedOperationException("declaration only");
    }

    public ExecutorService getExecutorService() {
        throw new UnsupportedOperationException("declaration only");
    }

    public LoggerConfig getLoggerConfig() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code DurableConfig.Builder} for the test corpus. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder withSerDes(SerDes serDes) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder withExecutorService(ExecutorService executorService) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder withLoggerConfig(LoggerConfig loggerConfig) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder withCheckpointDelay(Duration checkpointDelay) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder withDeserializeAfterSerialization(boolean deserializeAfterSerialization) {
            throw new UnsupportedOperationException("declaration only");
        }

        public DurableConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
