package cases.replay_unsafe_logging;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: SLF4J logging inside forEach and stream lambdas and inside a withRetry body. All of
 * them are orchestration code, so every call repeats on replay; the same calls guarded by
 * {@code !isReplaying()} on the context in scope stay silent.
 */
public class LoggingInStreamsAndWithRetry extends DurableHandler<List<String>, String> {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingInStreamsAndWithRetry.class);

    @Override
    public String handleRequest(List<String> skus, DurableContext context) {
        skus.forEach(sku -> LOG.info("sku {}", sku)); // expect: replay-unsafe-logging
        String joined = skus.stream()
                .map(sku -> {
                    LOG.debug("normalising {}", sku); // expect: replay-unsafe-logging
                    return sku.trim();
                })
                .collect(Collectors.joining(","));

        var audit = LoggerFactory.getLogger("audit"); // ok: replay-unsafe-logging -- getting a logger is not logging
        audit.info("joined {}", joined); // expect: replay-unsafe-logging

        if (!context.isReplaying()) {
            LOG.info("first run with {} skus", skus.size()); // ok: replay-unsafe-logging -- guarded by !context.isReplaying()
        }

        return context.withRetry("reserve-skus", (attempt, retryCtx) -> {
            LOG.warn("reserve attempt {}", attempt); // expect: replay-unsafe-logging
            if (!retryCtx.isReplaying()) {
                LOG.info("reserving {}", joined); // ok: replay-unsafe-logging -- guarded by !retryCtx.isReplaying()
            }
            return retryCtx.step("reserve", String.class, stepCtx -> {
                LOG.info("reserve call attempt {}", stepCtx.getAttempt()); // ok: replay-unsafe-logging -- inside a step body
                return joined;
            });
        });
    }
}
