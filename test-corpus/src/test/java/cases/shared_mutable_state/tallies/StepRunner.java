package cases.shared_mutable_state.tallies;

import software.amazon.lambda.durable.DurableContext;

/**
 * Holds the context it was created with; its method writes a static field only inside a step
 * body, which replay does not run: reported there as step code, not at the caller.
 */
public final class StepRunner {

    private static int stepWrites;
    private final DurableContext context;

    public StepRunner(DurableContext context) {
        this.context = context;
    }

    public int countInStep(String s) {
        return context.step("count-step", Integer.class, step -> {
            stepWrites++; // expect: shared-mutable-state, captured-state-mutation
            return s.length();
        });
    }
}
