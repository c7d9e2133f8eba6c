package cases.captured_state_mutation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: runInChildContext bodies, map functions, parallel branches and withRetry bodies are
 * orchestration code, so mutating captured state there is not this rule; a step body nested in
 * them that mutates state declared outside itself (in the child, the map function or the
 * handler) is, however deep the nesting.
 */
public class StepsInsideChildMapBranchAndRetryBodies extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> skus, DurableContext context) {
        List<String> outcomes = new ArrayList<>();
        long[] branchTotals = new long[2];

        String packed = context.runInChildContext("pack-order", String.class, child -> {
            List<String> boxes = new ArrayList<>();
            outcomes.add("packing"); // ok: captured-state-mutation -- a child context body is orchestration code
            String box = child.step("choose-box", String.class, stepCtx -> {
                boxes.add("large"); // expect: captured-state-mutation
                outcomes.add("boxed"); // expect: captured-state-mutation
                return "large";
            });
            boxes.add(box); // ok: captured-state-mutation -- back in the child body, orchestration code
            return String.join(",", boxes);
        });

        MapResult<Integer> weighed = context.map("weigh-skus", skus, Integer.class, (sku, index, itemCtx) -> {
            Map<String, Integer> weights = new HashMap<>();
            weights.put(sku, 0); // ok: captured-state-mutation -- a map function is orchestration code
            return itemCtx.step("weigh-" + index, Integer.class, stepCtx -> {
                weights.put(sku, sku.length()); // expect: captured-state-mutation
                return sku.length();
            });
        });

        try (var parallel = context.parallel("sum-fan")) {
            parallel.branch("sum-left", Long.class, branchCtx -> branchCtx.step("sum-left-step", Long.class, stepCtx -> {
                branchTotals[0] = 10L; // expect: captured-state-mutation
                return 10L;
            }));
            parallel.branch("sum-right", Long.class, branchCtx -> {
                branchTotals[1] = 20L; // ok: captured-state-mutation -- a parallel branch is orchestration code
                return branchCtx.step("sum-right-step", Long.class, stepCtx -> 20L);
            });
        }

        String settled = context.withRetry("settle-order", (attempt, retryCtx) -> {
            List<Integer> attempts = new ArrayList<>();
            attempts.add(attempt); // ok: captured-state-mutation -- a withRetry body is orchestration code
            return retryCtx.step("settle-attempt", String.class, stepCtx -> {
                attempts.clear(); // expect: captured-state-mutation
                List<String> notes = new ArrayList<>(outcomes);
                notes.add("settled"); // ok: captured-state-mutation -- a copy created inside the step body
                return String.join(",", notes);
            });
        });

        return packed + weighed.size() + settled + branchTotals.length;
    }
}
