package cases.reach;

import cases.reach.approvals.Refunds;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: the shape of {@code HazardBesideACycle} ({@code request -> assess -> audit -> request},
 * with {@code assess} also reading a system property outside the cycle), but the entry at the back
 * of the cycle, {@code audit}, is declared first in the file. What is reported, and each chain,
 * must not depend on the order in which the analysis meets the entries: both chains are the
 * shortest from their entry, never through {@code assess -> audit}.
 */
public class HazardBesideACycleEnteredFromTheBack extends DurableHandler<Integer, String> {

    /** The entry at the back of the cycle, met first. */
    private String recheck(int amount, DurableContext context) {
        return Refunds.audit(amount, 1); // expect: environment-read
    }

    @Override
    public String handleRequest(Integer amount, DurableContext context) {
        String requested = Refunds.request(amount, 0); // expect: environment-read
        return requested + recheck(amount, context);
    }
}
