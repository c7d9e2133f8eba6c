package cases.captured_state_mutation;

import cases.captured_state_mutation.quotas.QuotaLoader;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a step body given as a reference to a static method of another file. The method runs
 * as the step body, so its mutations of static state are missing on replay; each is reported at the
 * reference, with the way into the method. A referenced method that only builds local state stays
 * silent.
 */
public class MethodReferenceStepBodiesInAnotherFile extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Integer quota = context.step("quota", Integer.class, QuotaLoader::load); // expect: captured-state-mutation, captured-state-mutation
        Integer peeked = context.step("peek", Integer.class, QuotaLoader::peek); // ok: captured-state-mutation -- only local state
        return input + quota + peeked;
    }
}
