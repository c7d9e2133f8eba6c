package software.amazon.lambda.durable.logging;

/** Declaration of the SDK type {@code LoggerConfig} for the test corpus (signatures only, no behaviour). */
public record LoggerConfig(boolean suppressReplayLogs, boolean oldKeyNames) {

    public static LoggerConfig defaults() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static LoggerConfig withReplayLogging() {
        throw new UnsupportedOperationException("declaration only");
    }
}
