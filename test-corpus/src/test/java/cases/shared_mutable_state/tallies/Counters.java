package cases.shared_mutable_state.tallies;

import software.amazon.lambda.durable.DurableContext;

/** Process-wide tallies held in static fields and bumped by static helpers. */
public final class Counters {

    public static final int LIMIT = 100;
    private static int processedCount;
    private static long total;
    private static String lastRemembered;
    private static int stepCount;
    private static int tracked;

    private Counters() {
    }

    public static String process(String s) {
        processedCount++; // sink: shared-mutable-state
        return s.trim();
    }

    static void add(long amount) {
        total += amount; // sink: shared-mutable-state
    }

    public static void remember(String id) {
        lastRemembered = id; // sink: shared-mutable-state
    }

    public static int limited(int n) {
        int capped = Math.min(n, LIMIT);
        capped++; // ok: shared-mutable-state -- a local variable
        return capped;
    }

    /** Called only from a step body: step code. */
    public static String countInStep(String s) {
        stepCount++; // ok: shared-mutable-state -- reached only from a step body
        return s;
    }

    /** Takes the context, so it is orchestration code of its own: the write is reported here. */
    public static void track(DurableContext context, String id) {
        tracked++; // expect: shared-mutable-state
        context.getLogger().info("tracked {}", id);
    }
}
