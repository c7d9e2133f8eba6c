package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a finding reached through calls is reported at the call in the handler; a
 * suppression on the helper method or class that holds the offending call covers it there, two
 * calls down as well, and on a method in the middle of the chain. A helper annotated for another
 * rule, or not at all, is still reported.
 */
public class AnnotatedHelperInCallChain extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        String stamp = Stamps.stamp(input); // suppressed: nondeterministic-time
        String twice = Stamps.stampTwice(input); // suppressed: nondeterministic-time
        String id = Ids.next(); // suppressed: nondeterministic-uuid
        String plain = Plain.stamp(input); // expect: nondeterministic-time
        String other = Stamps.elsewhere(input); // expect: nondeterministic-time
        String middle = Stamps.middle(input); // suppressed: nondeterministic-time
        return context.step("chain-annotation-work", String.class, s -> stamp + twice + id + plain + other + middle);
    }

    static final class Stamps {
        @SuppressWarnings("durable:nondeterministic-time")
        static String stamp(String input) {
            return input + "@" + Instant.now();
        }

        static String stampTwice(String input) {
            return stamp(input) + stamp(input);
        }

        @SuppressWarnings("durable:nondeterministic-time")
        static String middle(String input) {
            return Plain.stamp(input);
        }

        @SuppressWarnings("durable:nondeterministic-uuid")
        static String elsewhere(String input) {
            return input + Instant.now(); // sink: nondeterministic-time
        }
    }

    @SuppressWarnings("durable:nondeterministic-uuid")
    static final class Ids {
        static String next() {
            return UUID.randomUUID().toString();
        }
    }

    static final class Plain {
        static String stamp(String input) {
            return input + Instant.now(); // sink: nondeterministic-time
        }
    }
}
