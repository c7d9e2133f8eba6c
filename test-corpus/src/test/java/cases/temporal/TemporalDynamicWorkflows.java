package cases.temporal;

import io.temporal.activity.DynamicActivity;
import io.temporal.common.converter.EncodedValues;
import io.temporal.workflow.DynamicSignalHandler;
import io.temporal.workflow.DynamicWorkflow;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Scenario: dynamic workflows and handlers have no annotated interface; their supertypes
 * (DynamicWorkflow, DynamicSignalHandler) make execute and handle workflow code, and so the private
 * helper only execute calls. A dynamic activity runs once: its clock is silent, and a workflow
 * operation there fails at run time.
 */
public class TemporalDynamicWorkflows {

    public static class AnyWorkflow implements DynamicWorkflow {
        private String lastSignal;

        @Override
        public Object execute(EncodedValues args) {
            Workflow.registerListener(new AnySignal());
            String type = Workflow.getInfo().getWorkflowType();
            return type + Instant.now() + token(); // expect: nondeterministic-time
        }

        private String token() {
            return UUID.randomUUID().toString(); // expect: nondeterministic-uuid
        }

        final class AnySignal implements DynamicSignalHandler {
            @Override
            public void handle(String signalName, EncodedValues encodedArgs) {
                lastSignal = signalName + new Random().nextInt(); // expect: nondeterministic-random
            }
        }
    }

    public static class AnyActivity implements DynamicActivity {
        @Override
        public Object execute(EncodedValues args) {
            Workflow.sleep(Duration.ofSeconds(1)); // expect: nested-durable-operation
            return Instant.now().toString() + UUID.randomUUID(); // ok: nondeterministic-time -- an activity runs once
        }
    }
}
