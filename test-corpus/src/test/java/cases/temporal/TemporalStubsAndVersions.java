package cases.temporal;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario: activities are started through a stub, so a call on the stub is a workflow command:
 * started while iterating a hash-ordered map (enum keys too: an enum's hash code differs between JVMs),
 * the commands come in another order on another worker,
 * and started inside a sideEffect function, they are not part of the history; the same holds for an
 * activity started by Async.function given the stub's method. A getVersion change
 * id must be stable, but one id is meant to recur at every use of the change.
 */
public class TemporalStubsAndVersions {

    enum Region { EU, US }

    @WorkflowInterface
    public interface Sync {
        @WorkflowMethod
        int sync(Map<String, String> prices);
    }

    @ActivityInterface
    public interface PriceActivities {
        int upload(String sku, String price);
    }

    public static class SyncImpl implements Sync {
        private final PriceActivities activities = Workflow.newActivityStub(PriceActivities.class,
                ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

        @Override
        public int sync(Map<String, String> prices) {
            int uploaded = 0;
            Map<String, String> copy = new HashMap<>(prices);
            for (Map.Entry<String, String> e : copy.entrySet()) {
                uploaded += activities.upload(e.getKey(), e.getValue()); // expect: unordered-iteration
            }
            Map<String, String> ordered = new LinkedHashMap<>(prices);
            for (Map.Entry<String, String> e : ordered.entrySet()) {
                uploaded += activities.upload(e.getKey(), e.getValue()); // ok: unordered-iteration -- insertion order
            }
            Map<Region, String> hashedByRegion = new HashMap<>();
            for (Region region : hashedByRegion.keySet()) {
                uploaded += activities.upload(region.name(), "0"); // expect: unordered-iteration
            }
            Map<Region, String> byRegion = new EnumMap<>(Region.class);
            for (Map.Entry<Region, String> e : byRegion.entrySet()) {
                uploaded += activities.upload(e.getKey().name(), e.getValue()); // ok: unordered-iteration -- EnumMap iterates in declaration order
            }
            int checked = Workflow.sideEffect(Integer.class, () -> activities.upload("probe", "0")); // expect: nested-durable-operation
            List<Promise<Integer>> started = new ArrayList<>();
            for (String sku : copy.keySet()) {
                started.add(Async.function(activities::upload, sku, "1")); // expect: unordered-iteration
                started.add(Async.function(this::localCheck, sku)); // ok: unordered-iteration -- a workflow method of its own, no activity
            }
            for (String sku : ordered.keySet()) {
                started.add(Async.function(activities::upload, sku, "2")); // ok: unordered-iteration -- insertion order
            }
            Promise<Integer> probe = Workflow.sideEffect(Promise.class, () -> Async.function(activities::upload, "p", "0")); // expect: nested-durable-operation
            uploaded += Promise.allOf(started).thenApply(v -> started.size()).get() + probe.get();

            int first = Workflow.getVersion("bulk-upload", Workflow.DEFAULT_VERSION, 1);
            int again = Workflow.getVersion("bulk-upload", Workflow.DEFAULT_VERSION, 1); // ok: duplicate-operation-name -- one change id marks every use of the change
            int dated = Workflow.getVersion("upload-" + Instant.now(), Workflow.DEFAULT_VERSION, 1); // expect: nondeterministic-operation-name, nondeterministic-time
            return uploaded + checked + first + again + dated;
        }

        private int localCheck(String sku) {
            return sku.length();
        }
    }
}
