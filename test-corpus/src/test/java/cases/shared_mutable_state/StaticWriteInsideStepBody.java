package cases.shared_mutable_state;

import software.amazon.lambda.durable.DurableConfig;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a static field written inside a step body. The step runs once, and only in the
 * container that ran it, so the write is reported even though steps are otherwise the safe
 * place for side effects (it is also a captured-state mutation); reads inside a step body and
 * setup in createConfiguration are not orchestration code.
 */
public class StaticWriteInsideStepBody extends DurableHandler<String, String> {

    private static String lastToken;
    private static DurableConfig sharedConfig;

    @Override
    protected DurableConfig createConfiguration() {
        sharedConfig = DurableConfig.defaults(); // ok: shared-mutable-state -- createConfiguration is not orchestration code
        return sharedConfig; // ok: shared-mutable-state -- createConfiguration is not orchestration code
    }

    @Override
    public String handleRequest(String input, DurableContext context) {
        String token = context.step("issue-token", String.class, stepCtx -> {
            String issued = "token-" + input;
            lastToken = issued; // expect: shared-mutable-state, captured-state-mutation
            return issued;
        });

        String previous = context.step("read-previous-token", String.class, stepCtx -> lastToken); // ok: shared-mutable-state -- a read inside a step body is not orchestration code
        String current = lastToken; // expect: shared-mutable-state
        boolean configured = sharedConfig != null; // expect: shared-mutable-state
        return token + previous + current + configured;
    }
}
