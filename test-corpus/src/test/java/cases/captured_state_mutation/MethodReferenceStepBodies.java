package cases.captured_state_mutation;

import java.util.ArrayList;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;

/**
 * Scenario: step bodies given as method references ({@code this::loadQuota},
 * {@code Type::staticMethod}, also the {@code Supplier} form) instead of lambdas. The referenced
 * method runs as the step body, so its mutations of fields are missing on replay exactly as a
 * lambda's would be. A referenced method that only builds local state stays silent. A method that is
 * also called directly is no step body of its own, so its mutation is reported at the reference
 * that runs it as a step, with the way into it.
 */
public class MethodReferenceStepBodies extends DurableHandler<String, String> {

    private static int totalLoads;
    private final List<String> audit = new ArrayList<>();
    private int loads;

    @Override
    public String handleRequest(String input, DurableContext context) {
        Integer quota = context.step("quota", Integer.class, this::loadQuota);
        String normalised = context.step("normalise", String.class, MethodReferenceStepBodies::countLoad);
        String pure = context.step("pure", String.class, this::describe);
        String supplied = context.step("supplied", String.class, this::remember);
        String shared = context.step("shared", String.class, this::summary); // expect: captured-state-mutation
        return quota + normalised + pure + supplied + shared + summary(null);
    }

    private Integer loadQuota(StepContext step) {
        audit.add("quota loaded"); // expect: captured-state-mutation
        loads++; // expect: captured-state-mutation, shared-mutable-state
        List<String> local = new ArrayList<>();
        local.add("fresh"); // ok: captured-state-mutation -- a list the body creates
        return 3 + local.size();
    }

    private static String countLoad(StepContext step) {
        totalLoads += 1; // expect: captured-state-mutation, shared-mutable-state
        return "loads";
    }

    private String describe(StepContext step) {
        StringBuilder text = new StringBuilder();
        text.append("quota"); // ok: captured-state-mutation -- a builder the body creates
        return text.toString();
    }

    private String remember() {
        audit.add("supplied"); // expect: captured-state-mutation
        return "remembered";
    }

    private String summary(StepContext step) {
        audit.add("summary"); // sink: captured-state-mutation
        return String.valueOf(audit.size());
    }
}
