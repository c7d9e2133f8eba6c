package software.amazon.lambda.durable.logging;

import software.amazon.lambda.durable.context.BaseContext;

/**
 * Declaration of the SDK type {@code DurableLogger} for the test corpus (signatures only, no behaviour).
 *
 * <p>On a durable context's thread it suppresses output while the context is replaying.
 */
public class DurableLogger {

    public DurableLogger(org.slf4j.Logger delegate, BaseContext context) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void trace(String format, Object... args) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void debug(String format, Object... args) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void info(String format, Object... args) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void warn(String format, Object... args) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void error(String format, Object... args) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void error(String message, Throwable t) {
        throw new UnsupportedOperationException("declaration only");
    }
}
