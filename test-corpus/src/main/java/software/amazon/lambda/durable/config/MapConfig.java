package software.amazon.lambda.durable.config;

import java.util.function.BiFunction;
import software.amazon.lambda.durable.serde.SerDes;

/** Declaration of the SDK type {@code MapConfig} for the test corpus (signatures only, no behaviour). */
public final class MapConfig {

    private MapConfig() {
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

    public SerDes serDes() {
        throw new UnsupportedOperationException("declaration only");
    }

    public NestingType nestingType() {
        throw new UnsupportedOperationException("declaration only");
    }

    public BiFunction<Object, Integer, String> itemNamer() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of the SDK type {@code MapConfig.Builder} for the test corpus. */
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

        public Builder serDes(SerDes serDes) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder nestingType(NestingType nestingType) {
            throw new UnsupportedOperationException("declaration only");
        }

        public Builder itemNamer(BiFunction<Object, Integer, String> itemNamer) {
            throw new UnsupportedOperationException("declaration only");
        }

        public MapConfig build() {
            throw new UnsupportedOperationException("declaration only");
        }
    }
}
