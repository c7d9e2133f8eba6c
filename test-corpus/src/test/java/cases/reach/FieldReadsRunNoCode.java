package cases.reach;

import cases.reach.fields.Tally;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a project field read from orchestration code runs no code, even when its class has a
 * method of the same name that reads the clock; calling that method is followed.
 */
public class FieldReadsRunNoCode extends DurableHandler<String, String> {

    private final Tally tally = new Tally();

    @Override
    public String handleRequest(String input, DurableContext context) {
        int seen = tally.count; // ok: nondeterministic-time -- a field read, not a call of count()
        int now = tally.count(); // expect: nondeterministic-time
        return input + seen + now;
    }
}
