package cases.replay_unsafe_logging;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a Log4j 2 logger used inside runInChildContext bodies. A child body is
 * orchestration code and runs again on replay, so each logging call is reported; the child
 * context's own DurableLogger and level queries are silent.
 */
public class Log4jLoggerInChildContext extends DurableHandler<String, String> {

    private static final Logger LOG = LogManager.getLogger(Log4jLoggerInChildContext.class); // ok: replay-unsafe-logging -- getting a logger is not logging

    @Override
    public String handleRequest(String input, DurableContext context) {
        String shipped = context.runInChildContext("ship-order", String.class, child -> {
            LOG.info("shipping {}", input); // expect: replay-unsafe-logging
            if (LOG.isInfoEnabled()) { // ok: replay-unsafe-logging -- a level query is not a log call
                child.getLogger().info("shipping {}", input); // ok: replay-unsafe-logging -- the child context's DurableLogger
            }
            String label = child.step("print-label", String.class, stepCtx -> {
                LOG.debug("printing label for {}", input); // ok: replay-unsafe-logging -- inside a step body
                return "label-" + input;
            });
            LOG.warn("label ready: {}", label); // expect: replay-unsafe-logging
            return label;
        });

        return context.runInChildContext("notify-customer", String.class, child -> {
            org.apache.logging.log4j.LogManager.getLogger("audit").error("notifying {}", shipped); // expect: replay-unsafe-logging
            var audit = LogManager.getLogger("audit"); // ok: replay-unsafe-logging -- getting a logger is not logging
            audit.fatal("customer {} notified", input); // expect: replay-unsafe-logging
            return shipped;
        });
    }
}
