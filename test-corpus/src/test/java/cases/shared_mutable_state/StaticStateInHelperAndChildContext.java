package cases.shared_mutable_state;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: static fields of the handler and of another class written from a helper that takes
 * the DurableContext and from a runInChildContext body. Both are orchestration code; a field of
 * a helper object created locally is not shared state and stays silent.
 */
public class StaticStateInHelperAndChildContext extends DurableHandler<String, Long> {

    private static String lastSeen;
    private static long total;

    /** Per-execution tally, created fresh in orchestration code. */
    static final class Summary {
        int count;
        long amount;
    }

    /** Process-wide statistics held in static fields of a non-handler class. */
    static final class Stats {
        static int hits;
    }

    @Override
    public Long handleRequest(String input, DurableContext context) {
        track(context, input);
        Long charged = context.runInChildContext("charge-order", Long.class, child -> {
            long amount = child.step("compute-amount", Long.class, stepCtx -> (long) input.length());
            total += amount; // expect: shared-mutable-state
            Stats.hits++; // expect: shared-mutable-state
            Summary summary = new Summary();
            summary.count++; // ok: shared-mutable-state -- a field of a locally created helper object
            summary.amount = amount; // ok: shared-mutable-state -- a field of a locally created helper object
            return summary.amount * summary.count;
        });
        return charged;
    }

    private static void track(DurableContext context, String orderId) {
        String previous = lastSeen; // expect: shared-mutable-state
        lastSeen = orderId; // expect: shared-mutable-state
        context.getLogger().info("tracking {} after {}", orderId, previous);
    }
}
