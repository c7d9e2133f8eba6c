package cases.temporal;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/**
 * Scenario: an activity runs once on an activity worker, outside any workflow, so a workflow
 * operation inside it fails at run time: a Workflow.sleep and a call on another activity's stub
 * there are reported. The activity's own sleep and the workflow's operations are not.
 */
public class TemporalOperationsInActivities {

    @ActivityInterface
    public interface Mailer {
        void send(String to);
    }

    @ActivityInterface
    public interface Reminders {
        void remind(String to);
    }

    public static class RemindersImpl implements Reminders {
        private final Mailer mailer = Workflow.newActivityStub(Mailer.class,
                ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());

        @Override
        public void remind(String to) {
            Workflow.sleep(Duration.ofMinutes(5)); // expect: nested-durable-operation
            mailer.send(to); // expect: nested-durable-operation
            try {
                Thread.sleep(100); // ok: blocking-sleep -- an activity may block
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @WorkflowInterface
    public interface Campaign {
        @WorkflowMethod
        void run(String to);
    }

    public static class CampaignImpl implements Campaign {
        private final Reminders reminders = Workflow.newActivityStub(Reminders.class,
                ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(10)).build());

        @Override
        public void run(String to) {
            Workflow.sleep(Duration.ofDays(1)); // ok: nested-durable-operation -- workflow code
            reminders.remind(to); // ok: nested-durable-operation -- workflow code starts activities
        }
    }
}
