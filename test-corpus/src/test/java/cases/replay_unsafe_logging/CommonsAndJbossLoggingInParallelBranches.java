package cases.replay_unsafe_logging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jboss.logging.Logger;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;

/**
 * Scenario: Commons Logging and JBoss Logging loggers used inside parallel branches. A branch
 * body is orchestration code, so its logging repeats on replay; the branch context's
 * DurableLogger and level queries are silent.
 */
public class CommonsAndJbossLoggingInParallelBranches extends DurableHandler<String, String> {

    private static final Log COMMONS = LogFactory.getLog(CommonsAndJbossLoggingInParallelBranches.class); // ok: replay-unsafe-logging -- getting a logger is not logging
    private static final Logger JBOSS = Logger.getLogger(CommonsAndJbossLoggingInParallelBranches.class); // ok: replay-unsafe-logging -- getting a logger is not logging

    @Override
    public String handleRequest(String input, DurableContext context) {
        try (ParallelDurableFuture checks = context.parallel("fraud-checks")) {
            checks.branch("velocity", Boolean.class, branchCtx -> {
                COMMONS.info("velocity check for " + input); // expect: replay-unsafe-logging
                if (COMMONS.isDebugEnabled()) { // ok: replay-unsafe-logging -- a level query is not a log call
                    branchCtx.getLogger().debug("velocity input {}", input); // ok: replay-unsafe-logging -- the branch context's DurableLogger
                }
                COMMONS.warn("velocity check skipped"); // expect: replay-unsafe-logging
                return Boolean.TRUE;
            });
            checks.branch("blocklist", Boolean.class, branchCtx -> {
                JBOSS.info("blocklist check for " + input); // expect: replay-unsafe-logging
                JBOSS.infof("blocklist size %d", input.length()); // expect: replay-unsafe-logging
                if (JBOSS.isTraceEnabled()) { // ok: replay-unsafe-logging -- a level query is not a log call
                    JBOSS.error("blocklist trace on"); // expect: replay-unsafe-logging
                }
                return branchCtx.step("query-blocklist", Boolean.class, stepCtx -> {
                    JBOSS.debug("querying blocklist"); // ok: replay-unsafe-logging -- inside a step body
                    COMMONS.debug("querying blocklist"); // ok: replay-unsafe-logging -- inside a step body
                    return input.isEmpty();
                });
            });
        }
        return input;
    }
}
