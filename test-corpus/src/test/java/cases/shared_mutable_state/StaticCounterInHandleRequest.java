package cases.shared_mutable_state;

import java.util.Map;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a static counter written and read directly in handleRequest. Static state outlives
 * one execution and is not there when a replay runs in another container, so each write and
 * each read is reported; constants and local variables are silent.
 */
public class StaticCounterInHandleRequest extends DurableHandler<String, Integer> {

    private static int invocations = 0; // ok: shared-mutable-state -- a field initialiser is not a write from orchestration code
    private static final int LIMIT = 100;
    private static final Map<String, Integer> PRIORITIES = Map.of("gold", 1, "silver", 2);

    @Override
    public Integer handleRequest(String input, DurableContext context) {
        invocations++; // expect: shared-mutable-state
        int seen = invocations; // expect: shared-mutable-state
        invocations = invocations + 1; // expect: shared-mutable-state, shared-mutable-state
        invocations += 2; // expect: shared-mutable-state
        --invocations; // expect: shared-mutable-state

        int limit = LIMIT; // ok: shared-mutable-state -- a static final constant
        Integer priority = PRIORITIES.get(input); // ok: shared-mutable-state -- a static final map that is only read
        int attempts = 0;
        attempts++; // ok: shared-mutable-state -- a local variable

        Integer stored = context.step("store-count", Integer.class, stepCtx -> seen + limit);
        Integer observed = context.step("observe-count", Integer.class, stepCtx -> invocations); // ok: shared-mutable-state -- reading inside a step body is not orchestration code
        return stored + observed + attempts + (priority == null ? 0 : priority);
    }
}
