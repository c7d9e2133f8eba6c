package cases.unverified_operation_name;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;

/**
 * Scenario: a reusable orchestration helper whose callers live in other files. Its parameters
 * cannot be traced, so names built from them are unverified; a caller in this file that passes an
 * unstable value makes the name nondeterministic instead.
 */
public class HelperCalledFromElsewhere {

    public String reserve(DurableContext context, String warehouse) {
        return context.step("reserve-" + warehouse, String.class, s -> warehouse); // expect: unverified-operation-name
    }

    public void settle(DurableContext context, String region, int attempt) {
        context.wait("settle-" + region + "-" + attempt, Duration.ofSeconds(1)); // expect: unverified-operation-name
        context.step("settle-fixed", String.class, s -> region); // ok: unverified-operation-name -- a literal
    }

    public String stamp(DurableContext context, long requestedAt) {
        return stampAt(context, requestedAt);
    }

    private String stampAt(DurableContext context, long at) {
        return context.step("stamp-" + at, String.class, s -> "stamped"); // expect: unverified-operation-name
    }

    public String label(DurableContext context) {
        return labelled(context, System.nanoTime()); // expect: nondeterministic-time
    }

    private String labelled(DurableContext context, long suffix) {
        return context.step("label-" + suffix, String.class, s -> "labelled"); // expect: nondeterministic-operation-name
    }
}
