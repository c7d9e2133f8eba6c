package cases.reach;

import cases.reach.approvals.Approvals;
import cases.reach.approvals.Drafts;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a cycle {@code route -> escalate -> review -> route} where {@code escalate} also calls
 * a method outside the cycle that reads the environment. Entered at {@code route}, the chain is
 * route's call of escalate, then escalate's read; entered at {@code review} from a second
 * orchestration method, the chain goes once to {@code route} and on the same way: each is the
 * shortest from its entry, never through {@code escalate -> review}. A cycle that reads nothing,
 * and a cycle with a read beside it entered only from a step body, stay silent.
 */
public class HazardBesideACycle extends DurableHandler<Integer, String> {

    @Override
    public String handleRequest(Integer amount, DurableContext context) {
        String routed = Approvals.route(amount, 0); // expect: environment-read
        String drafted = Drafts.draft("approval " + amount, 0); // ok: environment-read -- the cycle reads nothing
        String signed = context.step("sign", String.class, s -> Drafts.compose("approval " + amount, 0)); // ok: environment-read -- the cycle beside the read runs inside a step body
        return routed + drafted + signed + recheck(amount, context);
    }

    /** A second entry into the cycle, at its last method. */
    private String recheck(int amount, DurableContext context) {
        return Approvals.review(amount, 1); // expect: environment-read
    }
}
