package cases.reach;

import cases.reach.deep.LongPipeline;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a thread parked forty calls down ({@code layer01 -> ... -> layer40}), deeper than any
 * fixed cut-off a reach engine might pick: reach follows any number of calls, so the handler's
 * call is reported, with a chain through all thirty-nine calls between the layers.
 */
public class FortyCallsDeep extends DurableHandler<Long, Long> {

    @Override
    public Long handleRequest(Long nanos, DurableContext context) {
        return LongPipeline.layer01(nanos); // expect: blocking-sleep
    }
}
