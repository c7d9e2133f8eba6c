package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a suppression names the rules it covers; a finding of another rule under it, in
 * either form, is still reported.
 */
public class SuppressionForAnotherRuleDoesNotApply extends DurableHandler<String, String> {

    @Override
    @SuppressWarnings("durable:nondeterministic-uuid")
    public String handleRequest(String input, DurableContext context) {
        Instant received = Instant.now(); // expect: nondeterministic-time

        // durable-check:ignore environment-read -- names another rule than the clock read below
        Instant again = Instant.now(); // expect: nondeterministic-time

        String id = UUID.randomUUID().toString(); // durable-check:ignore nondeterministic-time -- the wrong rule for this line // suppressed: nondeterministic-uuid
        String stage = System.getenv("STAGE"); // durable-check:ignore nondeterministic-time -- the wrong rule for this line // expect: environment-read
        return context.step("other-rule-work", String.class, s -> input + received + again + id + stage);
    }
}
