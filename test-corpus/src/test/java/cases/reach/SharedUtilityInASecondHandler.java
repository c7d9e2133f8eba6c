package cases.reach;

import cases.reach.time.Clocks;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Scenario: a second handler calling the same static utility: each call site is reported. */
public class SharedUtilityInASecondHandler extends DurableHandler<String, Long> {

    @Override
    public Long handleRequest(String input, DurableContext context) {
        Long fromStep = context.step("stamp-in-step", Long.class, s -> Clocks.stamp()); // ok: nondeterministic-time -- inside a step body
        return fromStep + Clocks.stamp(); // expect: nondeterministic-time
    }
}
