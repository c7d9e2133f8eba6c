package cases.reach;

import cases.reach.deep.Pipeline;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a sleep twenty calls down ({@code stage01 -> stage02 -> ... -> stage20}): one finding
 * at the handler's call, its chain passing every one of the nineteen calls between the stages;
 * entered halfway, at {@code stage11}, the chain is the second half of the same calls. A chain of
 * the same depth that sleeps nowhere, and the deep chain inside a step body, stay silent.
 */
public class TwentyCallsDeep extends DurableHandler<Integer, Integer> {

    @Override
    public Integer handleRequest(Integer input, DurableContext context) {
        int done = Pipeline.stage01(input); // expect: blocking-sleep
        int half = Pipeline.stage11(input); // expect: blocking-sleep
        long planned = Pipeline.plan01(input); // ok: blocking-sleep -- twenty calls deep, and none of them sleeps
        Integer stepped = context.step("pipeline", Integer.class, s -> Pipeline.stage01(input)); // ok: blocking-sleep -- inside a step body
        return done + half + (int) planned + stepped;
    }
}
