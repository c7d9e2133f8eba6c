package cases.replay_unsafe_logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: logging guarded against replay in the other shapes teams write: the guard kept in a
 * final or effectively final local, logging in the else branch of {@code if (ctx.isReplaying())},
 * after {@code if (ctx.isReplaying()) return}, in a conditional expression, and with the guard
 * combined with another condition. Each logs only on the first execution. A local that is assigned
 * again, an {@code ||} with another condition and the then branch of {@code ctx.isReplaying()} do not
 * guard anything.
 */
public class ReplayGuardsInLocalsElseBranchesAndEarlyReturns extends DurableHandler<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayGuardsInLocalsElseBranchesAndEarlyReturns.class);

    @Override
    public String handleRequest(String input, DurableContext context) {
        boolean firstPass = !context.isReplaying();
        if (firstPass) {
            LOG.info("starting {}", input); // ok: replay-unsafe-logging -- the local holds !isReplaying() and is never assigned again
        }
        final boolean replaying = context.isReplaying();
        if (!replaying && !input.isEmpty()) {
            LOG.info("input {}", input); // ok: replay-unsafe-logging -- a final local holding isReplaying(), negated, in an &&
        }
        if (context.isReplaying()) {
            LOG.debug("replaying {}", input); // expect: replay-unsafe-logging
        } else {
            LOG.info("first run for {}", input); // ok: replay-unsafe-logging -- the else branch of isReplaying()
        }
        String result = context.step("work", String.class, s -> input.trim());
        String label = context.isReplaying() ? "replay" : describe(result); // ok: replay-unsafe-logging -- describe logs, but only when not replaying
        boolean again = !context.isReplaying();
        again = input.isBlank();
        if (again) {
            LOG.info("blank input"); // expect: replay-unsafe-logging
        }
        if (!context.isReplaying() || input.length() > 10) {
            LOG.info("long or first"); // expect: replay-unsafe-logging
        }
        return finish(result + label, context);
    }

    private String describe(String result) {
        LOG.info("described {}", result);
        return result;
    }

    private String finish(String result, DurableContext context) {
        if (context.isReplaying()) {
            return result;
        }
        LOG.info("finished with {}", result); // ok: replay-unsafe-logging -- after an early return when replaying
        return result;
    }
}
