package cases.temporal;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/**
 * Scenario: Workflow.sideEffect's function runs once and replay returns its recorded result:
 * a workflow operation inside it, or a catch of Throwable around a workflow operation that does not
 * rethrow, breaks replay and eviction.
 */
public class TemporalRunOnceBodies {

    @WorkflowInterface
    public interface Reminder {
        @WorkflowMethod
        void remind(String who);
    }

    public static class ReminderImpl implements Reminder {
        @Override
        public void remind(String who) {
            String note = Workflow.sideEffect(String.class, () -> {
                Workflow.sleep(Duration.ofSeconds(5)); // expect: nested-durable-operation
                return "note for " + who;
            });
            try {
                Workflow.sleep(Duration.ofHours(1));
            } catch (Throwable t) { // expect: swallowed-suspension
                note = note + t;
            }
            try {
                Workflow.sleep(Duration.ofHours(1));
            } catch (Throwable t) { // ok: swallowed-suspension -- rethrown
                throw t;
            }
        }
    }
}
