package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: one // durable-check:ignore comment listing two rule ids, with or without a space
 * after the comma, covers both rules; a third rule on the same line is still reported.
 */
public class CommentListingTwoRules extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        // durable-check:ignore nondeterministic-time,nondeterministic-uuid -- a debug label, never checkpointed // ok: suppression-without-reason -- the reason is given
        String label = Instant.now() + "/" + UUID.randomUUID() + "/" + System.getenv("STAGE"); // suppressed: nondeterministic-time, nondeterministic-uuid // expect: environment-read

        String tag = Instant.now() + "/" + System.getenv("STAGE"); // durable-check:ignore nondeterministic-time, environment-read -- a debug tag // suppressed: nondeterministic-time, environment-read

        String plain = Instant.now() + "/" + UUID.randomUUID(); // expect: nondeterministic-time, nondeterministic-uuid
        return context.step("two-rules-work", String.class, s -> input + label + tag + plain);
    }
}
