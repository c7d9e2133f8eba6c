package cases.captured_state_mutation;

import java.util.function.Function;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.StepContext;

/**
 * Scenario: a report builder (not a handler) whose orchestration method gives anonymous
 * {@code Function<StepContext, T>} step bodies that write fields of an object created in
 * orchestration code and fields of the builder itself. The builder is not a handler, so only
 * captured-state-mutation applies. Objects created inside the body and plain reads are silent.
 */
public class CapturedObjectFieldsInAnonymousStepBodies {

    static final class Summary {
        int lines;
        String title;
    }

    private int sectionsBuilt;

    public String build(String reportId, DurableContext context) {
        Summary summary = new Summary();

        String title = context.step("load-title", String.class, new Function<StepContext, String>() {
            @Override
            public String apply(StepContext stepCtx) {
                summary.title = "Report " + reportId; // expect: captured-state-mutation
                summary.lines++; // expect: captured-state-mutation
                sectionsBuilt++; // expect: captured-state-mutation
                Summary draft = new Summary();
                draft.lines = 3; // ok: captured-state-mutation -- the object is created inside the step body
                draft.title = summary.title; // ok: captured-state-mutation -- reads the captured object, writes the local one
                return draft.title;
            }
        });

        Integer lines = context.step("count-lines", Integer.class, new Function<StepContext, Integer>() {
            @Override
            public Integer apply(StepContext stepCtx) {
                int counted = summary.lines + title.length(); // ok: captured-state-mutation -- reads only
                summary.lines = counted; // expect: captured-state-mutation
                return counted;
            }
        });

        String footer = context.step("write-footer", String.class, stepCtx -> {
            this.sectionsBuilt = lines; // expect: captured-state-mutation
            return "footer-" + lines;
        });

        summary.lines = lines; // ok: captured-state-mutation -- orchestration code, not a step body
        summary.title = title + footer; // ok: captured-state-mutation -- orchestration code, not a step body
        return summary.title;
    }
}
