package cases.reach.jobs;

import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * A template-method base handler: the input type is a type variable bounded by {@link JobInput},
 * so calls on the input reach JobInput's methods.
 */
public abstract class BatchJob<I extends JobInput, T> extends DurableHandler<I, String> {

    private final I defaults;
    private final T extra;

    protected BatchJob(I defaults, T extra) {
        this.defaults = defaults;
        this.extra = extra;
    }

    @Override
    public String handleRequest(I input, DurableContext context) {
        input.validate(); // expect: replay-unsafe-logging
        String label = defaults.stamped(); // expect: nondeterministic-time
        String name = input.name(); // ok: replay-unsafe-logging -- an interface method without a body runs whatever the subclass gives
        String text = String.valueOf(extra); // ok: nondeterministic-time -- an unbounded type variable is an Object
        return context.step("run-batch", String.class, s -> run(input, List.of(name, label, text)));
    }

    protected abstract String run(I input, List<String> notes);
}
