package cases.temporal;

import io.temporal.activity.ActivityInterface;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Scenario: a sideEffect function runs once and replay returns its recorded result without running
 * it, so state it changes outside itself is changed on the first run only. Returning the value and
 * applying it in workflow code is the fix; an activity changing its own fields is not replayed at
 * all and stays silent.
 */
public class TemporalSideEffectMutations {

    @WorkflowInterface
    public interface Tagging {
        @WorkflowMethod
        List<String> tag(String item);
    }

    @ActivityInterface
    public interface TagStore {
        void save(String tag);
    }

    public static class TagStoreImpl implements TagStore {
        private final List<String> saved = new ArrayList<>();
        private int writes;

        @Override
        public void save(String tag) {
            saved.add(tag); // ok: captured-state-mutation -- an activity's own state, never replayed
            writes++; // ok: captured-state-mutation -- an activity's own state, never replayed
        }
    }

    public static class TaggingImpl implements Tagging {
        private final List<String> tags = new ArrayList<>();
        private String lastTag;

        @Override
        public List<String> tag(String item) {
            Workflow.sideEffect(String.class, () -> {
                String drawn = UUID.randomUUID().toString();
                tags.add(drawn); // expect: captured-state-mutation
                lastTag = drawn; // expect: captured-state-mutation
                return drawn;
            });
            String kept = Workflow.sideEffect(String.class, () -> UUID.randomUUID().toString());
            tags.add(kept); // ok: captured-state-mutation -- applied in workflow code from the recorded result
            lastTag = kept; // ok: captured-state-mutation -- workflow code, which replay runs again
            List<String> local = Workflow.sideEffect(List.class, () -> {
                List<String> fresh = new ArrayList<>();
                fresh.add(item); // ok: captured-state-mutation -- a list created inside the function
                return fresh;
            });
            tags.addAll(local);
            return tags;
        }
    }
}
