package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a durable: key or a durable-check:ignore comment naming a rule id that does not exist
 * is reported (unknown-suppression, a warning) where it is written, and suppresses nothing, so
 * the finding it meant is still reported; known ids next to it still apply.
 */
public class UnknownRuleIds extends DurableHandler<String, String> {

    @Override
    @SuppressWarnings("durable:nondeterministic-tme") // expect: unknown-suppression
    public String handleRequest(String input, DurableContext context) {
        Instant received = Instant.now(); // expect: nondeterministic-time

        // durable-check:ignore nondeterministic-uid -- a typo suppresses nothing // expect: unknown-suppression
        String id = UUID.randomUUID().toString(); // expect: nondeterministic-uuid

        // durable-check:ignore time -- a short name is not a rule id // expect: unknown-suppression
        Instant again = Instant.now(); // expect: nondeterministic-time

        // durable-check:ignore nondeterministic-uuid, uuid -- the known id still applies // expect: unknown-suppression
        String trace = UUID.randomUUID().toString(); // suppressed: nondeterministic-uuid

        String rest = mixed(context) + other(context);
        return context.step("unknown-ids-work", String.class, s -> input + received + id + again + trace + rest);
    }

    @SuppressWarnings({"durable:nondeterministic-time", "durable:no-such-rule"}) // expect: unknown-suppression
    private String mixed(DurableContext ctx) {
        Instant at = Instant.now(); // suppressed: nondeterministic-time
        return ctx.step("unknown-ids-mixed", String.class, s -> "" + at);
    }

    private String other(DurableContext ctx) {
        @SuppressWarnings("durable:NullAway") // expect: unknown-suppression
        String stage = System.getenv("STAGE"); // expect: environment-read

        @SuppressWarnings("durable-check:nondeterministic-time") // ok: unknown-suppression -- not a durable: key, so not durable-check's to judge
        Instant at = Instant.now(); // expect: nondeterministic-time

        @SuppressWarnings("durableX") // ok: unknown-suppression -- not the durable key nor a durable: key
        Instant later = Instant.now(); // expect: nondeterministic-time
        return ctx.step("unknown-ids-other", String.class, s -> stage + at + later);
    }
}
