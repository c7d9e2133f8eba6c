package cases.temporal;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import io.temporal.workflow.unsafe.WorkflowUnsafe;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario: a Temporal workflow whose methods (the @WorkflowMethod, a @SignalMethod, a
 * @QueryMethod) are workflow code, replayed from the history, beside its activity, which runs
 * once. Hazards in workflow code are reported with Temporal's replacements; the replacements
 * themselves, the activity's own clock and id, and a helper nothing calls stay silent.
 */
public class TemporalWorkflowHazards {

    enum Region { EU, US }

    @WorkflowInterface
    public interface OrderWorkflow {
        @WorkflowMethod
        String process(String orderId);

        @SignalMethod
        void cancel(String reason);

        @QueryMethod
        String status();
    }

    @ActivityInterface
    public interface OrderActivities {
        String charge(String orderId);
    }

    public static class OrderActivitiesImpl implements OrderActivities {
        private static final Logger LOG = LoggerFactory.getLogger(OrderActivitiesImpl.class);

        @Override
        public String charge(String orderId) {
            LOG.info("charging {} at {}", orderId, Instant.now()); // ok: replay-unsafe-logging -- an activity runs once
            return orderId + UUID.randomUUID() + System.getenv("REGION"); // ok: nondeterministic-uuid -- activity code
        }
    }

    public static class OrderWorkflowImpl implements OrderWorkflow {
        private static final Logger WORKFLOW_LOG = Workflow.getLogger(OrderWorkflowImpl.class);
        private static final Logger PLAIN_LOG = LoggerFactory.getLogger(OrderWorkflowImpl.class);

        private final OrderActivities activities = Workflow.newActivityStub(OrderActivities.class,
                ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());
        private final Random random = Workflow.newRandom();
        private String status = "new";

        @Override
        public String process(String orderId) {
            long started = System.currentTimeMillis(); // expect: nondeterministic-time
            String attempt = UUID.randomUUID().toString(); // expect: nondeterministic-uuid
            int jitter = new Random().nextInt(100); // expect: nondeterministic-random
            String region = System.getenv("REGION"); // expect: environment-read
            PLAIN_LOG.info("processing {}", orderId); // expect: replay-unsafe-logging
            CompletableFuture.supplyAsync(() -> orderId); // expect: unmanaged-concurrency
            try {
                Thread.sleep(1000); // expect: blocking-sleep
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }

            long now = Workflow.currentTimeMillis(); // ok: nondeterministic-time -- Temporal's own clock
            int seeded = random.nextInt(100); // ok: nondeterministic-random -- Workflow.newRandom() is seeded from the history
            String id = Workflow.randomUUID().toString(); // ok: nondeterministic-uuid -- Temporal's own ids
            int drawn = Workflow.sideEffect(Integer.class, () -> new SecureRandom().nextInt()); // ok: nondeterministic-random -- run once, recorded
            WORKFLOW_LOG.info("processing {}", orderId); // ok: replay-unsafe-logging -- silent on replay
            if (!WorkflowUnsafe.isReplaying()) {
                PLAIN_LOG.info("first pass for {}", orderId); // ok: replay-unsafe-logging -- guarded by isReplaying
            }
            Map<Region, String> byRegion = new EnumMap<>(Region.class);
            for (Map.Entry<Region, String> e : byRegion.entrySet()) {
                status = e.getValue();
            }
            Workflow.sleep(Duration.ofMinutes(1));
            return activities.charge(orderId) + started + attempt + jitter + region + now + seeded + id + drawn;
        }

        @Override
        public void cancel(String reason) {
            status = "cancelled at " + Instant.now(); // expect: nondeterministic-time
        }

        @Override
        public String status() {
            return status;
        }

        /** Called by nothing that replays: not workflow code. */
        String debugStamp() {
            return "at " + System.nanoTime(); // ok: nondeterministic-time -- not workflow code
        }
    }
}
