package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a suppression at the call in orchestration code covers the whole chain below it,
 * whichever rule's access it ends at, as long as the rule is named; other calls of the same
 * helper are still reported.
 */
public class CommentAtCallSiteSuppressesChain extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        // durable-check:ignore nondeterministic-time -- the audit stamp is informational only // ok: suppression-without-reason -- the reason is given
        String audited = Audit.record(input); // suppressed: nondeterministic-time
        String traced = Audit.trace(input); // durable-check:ignore nondeterministic-uuid -- log correlation only // suppressed: nondeterministic-uuid
        String again = Audit.record(input); // expect: nondeterministic-time
        String wrong = Audit.trace(input); // durable-check:ignore nondeterministic-time -- names the wrong rule // expect: nondeterministic-uuid
        return context.step("call-site-work", String.class, s -> audited + traced + again + wrong);
    }

    private String helperWithContext(DurableContext ctx, String input) {
        @SuppressWarnings("durable:nondeterministic-time")
        String audited = Audit.record(input); // suppressed: nondeterministic-time
        return ctx.step("call-site-helper", String.class, s -> audited);
    }

    static final class Audit {
        static String record(String input) {
            return format(input); // hop
        }

        static String trace(String input) {
            return input + UUID.randomUUID(); // sink: nondeterministic-uuid
        }

        private static String format(String input) {
            return input + "@" + Instant.now(); // sink: nondeterministic-time
        }
    }
}
