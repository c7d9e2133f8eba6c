package cases.replay_unsafe_logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a plain SLF4J logger used directly in handleRequest. Each replay logs the same lines
 * again; the SDK's DurableLogger, a step context's logger, logging inside a step and logging
 * guarded by {@code !context.isReplaying()} do not repeat.
 */
public class Slf4jLoggerInHandleRequest extends DurableHandler<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(Slf4jLoggerInHandleRequest.class); // ok: replay-unsafe-logging -- getting a logger is not logging

    public Slf4jLoggerInHandleRequest() {
        LOG.info("handler created"); // ok: replay-unsafe-logging -- a constructor is not orchestration code
    }

    @Override
    public String handleRequest(String input, DurableContext context) {
        LOG.info("processing order {}", input); // expect: replay-unsafe-logging
        if (LOG.isDebugEnabled()) { // ok: replay-unsafe-logging -- a level query is not a log call
            LOG.debug("raw input {}", input); // expect: replay-unsafe-logging
        }
        context.getLogger().info("processing order {}", input); // ok: replay-unsafe-logging -- DurableLogger suppresses replayed lines

        String reserved = context.step("reserve-stock", String.class, stepCtx -> {
            LOG.info("reserving stock for {}", input); // ok: replay-unsafe-logging -- inside a step body
            stepCtx.getLogger().info("attempt {}", stepCtx.getAttempt()); // ok: replay-unsafe-logging -- a step context's logger
            return input.toUpperCase();
        });

        if (!context.isReplaying()) {
            LOG.info("reserved {}", reserved); // ok: replay-unsafe-logging -- guarded by !context.isReplaying()
        }

        try {
            int quantity = Integer.parseInt(reserved);
            LOG.trace("quantity {}", quantity); // expect: replay-unsafe-logging
            return reserved;
        } catch (NumberFormatException e) {
            LOG.warn("not a number: {}", reserved); // expect: replay-unsafe-logging
            LOG.error("parse failed", e); // expect: replay-unsafe-logging
            return "invalid";
        }
    }
}
