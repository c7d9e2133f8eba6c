package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: // durable-check:ignore <rule-id> -- <reason> alone on a line covers the next line;
 * a blank line in between, or a finding that starts two lines below, is not covered.
 */
public class CommentOnTheLineAbove extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        // durable-check:ignore nondeterministic-uuid -- a log correlation id, never part of the durable state // ok: suppression-without-reason -- the reason is given
        String correlation = UUID.randomUUID().toString(); // suppressed: nondeterministic-uuid
        String second = UUID.randomUUID().toString(); // expect: nondeterministic-uuid

        // durable-check:ignore nondeterministic-time -- too far: a blank line follows

        Instant received = Instant.now(); // expect: nondeterministic-time

        // durable-check:ignore nondeterministic-time -- covers only the first line of the statement
        String joined = input
                + Instant.now(); // expect: nondeterministic-time

        // durable-check:ignore environment-read -- the stage never changes during an execution
        String stage =
                System.getenv("STAGE"); // expect: environment-read

        return context.step("line-above-work", String.class, s -> correlation + second + received + joined + stage);
    }

    private String helper(DurableContext ctx) {
        // durable-check:ignore nondeterministic-time -- a metric, read again on every replay on purpose
        Instant metric = Instant.now(); // suppressed: nondeterministic-time
        return ctx.step("line-above-helper", String.class, s -> "" + metric);
    }
}
