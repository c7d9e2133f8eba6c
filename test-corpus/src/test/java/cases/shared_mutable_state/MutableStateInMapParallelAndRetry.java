package cases.shared_mutable_state;

import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: static fields read and written inside a map function, parallel branches and a
 * withRetry body. All three are orchestration code; the function's own parameters and locals,
 * and static final settings, are silent.
 */
public class MutableStateInMapParallelAndRetry extends DurableHandler<List<Integer>, Integer> {

    private static int threshold = 10;
    private static int branchesRun;
    private static int lastAttempt;
    private static final int MAX_ITEMS = 500;

    /** Lets an operator tune the threshold at run time: this is what makes it mutable. */
    static void setThreshold(int value) {
        threshold = value; // ok: shared-mutable-state -- a plain static method that no orchestration code calls
    }

    @Override
    public Integer handleRequest(List<Integer> amounts, DurableContext context) {
        MapResult<Boolean> flagged = context.map("flag-amounts", amounts, Boolean.class, (amount, index, itemCtx) -> {
            int cap = MAX_ITEMS; // ok: shared-mutable-state -- a static final constant
            int position = index; // ok: shared-mutable-state -- the map function's own parameter
            return amount > threshold && position < cap; // expect: shared-mutable-state
        });

        try (ParallelDurableFuture checks = context.parallel("amount-checks")) {
            checks.branch("sum", Integer.class, branchCtx -> {
                branchesRun++; // expect: shared-mutable-state
                return amounts.stream().mapToInt(Integer::intValue).sum();
            });
            checks.branch("max", Integer.class, branchCtx -> {
                int local = 0;
                local += amounts.size(); // ok: shared-mutable-state -- a local variable
                branchesRun = branchesRun + local; // expect: shared-mutable-state, shared-mutable-state
                return local;
            });
        }

        return context.withRetry("settle-amounts", (attempt, retryCtx) -> {
            lastAttempt = attempt; // expect: shared-mutable-state
            return retryCtx.step("settle", Integer.class, stepCtx -> flagged.size());
        });
    }
}
