package cases.reach;

import cases.reach.overloads.Stamps;
import java.time.Instant;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a helper class with overloads of the same name and number of parameters, of which only
 * some read the clock. A call follows the overload its argument types select, so calling the safe
 * one stays silent and calling the reading one is reported with its chain into that overload; an
 * argument whose type is unknown keeps every overload of that arity.
 */
public class OverloadsOfOneArity extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Instant fixed = Instant.ofEpochMilli(1_700_000_000_000L);
        String safe = Stamps.label(fixed, "at-"); // ok: nondeterministic-time -- binds to label(Instant, String)
        String stamped = Stamps.label("UTC", "now-"); // expect: nondeterministic-time
        int counted = Stamps.count(new int[] {1, 2, 3}); // ok: nondeterministic-time -- binds to count(int[])
        int flagged = Stamps.count(new boolean[] {true}); // expect: nondeterministic-time
        String joined = Stamps.join(List.of(input)); // ok: nondeterministic-time -- a List binds to join(List)
        String other = Stamps.join(Integer.valueOf(7)); // expect: nondeterministic-time
        return safe + stamped + counted + flagged + joined + other;
    }
}
