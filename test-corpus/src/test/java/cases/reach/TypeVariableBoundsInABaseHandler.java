package cases.reach;

import cases.reach.jobs.BatchJob;
import cases.reach.jobs.JobInput;
import java.util.List;

/**
 * Scenario: a base handler generic in its input, {@code BatchJob<I extends JobInput, T>}. Calls on a
 * parameter or field typed {@code I} reach the bound's methods: JobInput's default {@code validate()}
 * prints and {@code stamped()} reads the clock, each reported at the call in {@code handleRequest}
 * with its chain (see {@code jobs/BatchJob}). This subclass itself only runs inside a step.
 */
public class TypeVariableBoundsInABaseHandler extends BatchJob<TypeVariableBoundsInABaseHandler.Import, Integer> {

    /** The input of an import job. */
    public record Import(String name) implements JobInput {
    }

    public TypeVariableBoundsInABaseHandler() {
        super(new Import("defaults"), 7);
    }

    @Override
    protected String run(Import input, List<String> notes) {
        return input.name() + notes;
    }
}
