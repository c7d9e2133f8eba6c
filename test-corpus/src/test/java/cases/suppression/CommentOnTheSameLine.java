package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: // durable-check:ignore <rule-id> -- <reason> at the end of a line of code covers that
 * rule's findings on that line only: not the line before it, and not the next line, whose hazard
 * would otherwise hide behind a comment written for another statement.
 */
public class CommentOnTheSameLine extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Instant before = Instant.now(); // expect: nondeterministic-time
        String id = UUID.randomUUID() + "-" + Instant.now(); // durable-check:ignore nondeterministic-uuid -- log correlation only // expect: nondeterministic-time // suppressed: nondeterministic-uuid
        Instant metric = Instant.now(); // durable-check:ignore nondeterministic-time -- metric only, the value never reaches a durable operation // suppressed: nondeterministic-time
        long nanos = System.nanoTime(); // durable-check:ignore nondeterministic-time -- elapsed-time metric // suppressed: nondeterministic-time // ok: suppression-without-reason -- the reason is given
        long nextLine = System.currentTimeMillis(); // expect: nondeterministic-time
        String separator = "/";
        Instant later = Instant.now(); // expect: nondeterministic-time
        return context.step("same-line-work", String.class, s -> input + before + metric + id + nanos + nextLine + separator + later);
    }
}
