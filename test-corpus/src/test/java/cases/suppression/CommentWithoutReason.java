package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a durable-check:ignore comment that gives no reason still suppresses, and is itself
 * reported (suppression-without-reason, a note) on the comment's line. The comments here are
 * block comments so that the marker can follow on the same line; a line comment would swallow
 * the marker as its reason.
 */
public class CommentWithoutReason extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        /* durable-check:ignore nondeterministic-time */ // expect: suppression-without-reason
        Instant received = Instant.now(); // suppressed: nondeterministic-time

        String id = UUID.randomUUID().toString(); /* durable-check:ignore nondeterministic-uuid */ // expect: suppression-without-reason // suppressed: nondeterministic-uuid

        /* durable-check:ignore environment-read -- */ // expect: suppression-without-reason
        String stage = System.getenv("STAGE"); // suppressed: environment-read

        /* durable-check:ignore nondeterministic-time, nondeterministic-uuid */ // expect: suppression-without-reason
        String both = Instant.now() + "/" + UUID.randomUUID(); // suppressed: nondeterministic-time, nondeterministic-uuid

        /* durable-check:ignore environment-read --*/ // expect: suppression-without-reason
        String region = System.getenv("AWS_REGION"); // suppressed: environment-read

        String rest = helper(context);
        return context.step("no-reason-work", String.class, s -> input + received + id + stage + both + region + rest);
    }

    private String helper(DurableContext ctx) {
        long nanos = System.nanoTime(); /* durable-check:ignore nondeterministic-time    */ // expect: suppression-without-reason // suppressed: nondeterministic-time
        long millis = System.currentTimeMillis(); /* durable-check:ignore nondeterministic-time -- a metric */ // ok: suppression-without-reason -- a block comment with a reason // suppressed: nondeterministic-time
        return ctx.step("no-reason-helper", String.class, s -> "" + nanos + millis);
    }
}
