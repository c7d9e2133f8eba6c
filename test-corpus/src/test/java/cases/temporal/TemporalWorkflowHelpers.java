package cases.temporal;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Scenario: a workflow class splits its work into private helpers, which start activities through
 * the class's stub field. A helper that only workflow code calls runs as workflow code, so the
 * structural rules look into it: a hash-ordered loop starting activities, a catch of Throwable around
 * them, and recursion. A helper used only in a sideEffect function, one used from client code in
 * main, and one nothing calls are not workflow code and stay silent; helpers that call each other
 * are workflow code only when neither has a use elsewhere.
 */
public class TemporalWorkflowHelpers {

    @WorkflowInterface
    public interface Catalog {
        @WorkflowMethod
        int publish(Map<String, String> pages);
    }

    @ActivityInterface
    public interface PageActivities {
        int upload(String path, String body);
    }

    public static class CatalogImpl implements Catalog {
        private final PageActivities pages = Workflow.newActivityStub(PageActivities.class,
                ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());
        private int published;

        @Override
        public int publish(Map<String, String> input) {
            uploadAll(new HashMap<>(input));
            uploadInOrder(new LinkedHashMap<>(input));
            uploadGuarded("index", "home");
            retry(3);
            Workflow.await(() -> isDone());
            long stamp = Workflow.sideEffect(Long.class, () -> clock());
            int rounds = pong(3); // expect: nondeterministic-time
            return published + (int) stamp + rounds;
        }

        private void uploadAll(HashMap<String, String> byPath) {
            for (Map.Entry<String, String> e : byPath.entrySet()) {
                published += pages.upload(e.getKey(), e.getValue()); // expect: unordered-iteration
            }
        }

        private void uploadInOrder(LinkedHashMap<String, String> byPath) {
            for (Map.Entry<String, String> e : byPath.entrySet()) {
                published += pages.upload(e.getKey(), e.getValue()); // ok: unordered-iteration -- insertion order
            }
        }

        private void uploadGuarded(String path, String body) {
            try {
                published += pages.upload(path, body);
            } catch (Throwable t) { // expect: swallowed-suspension
                published = -1;
            }
        }

        /** Recursive, and reached only from the workflow method: workflow code all the way down. */
        private void retry(int attempts) {
            if (attempts > 0 && Instant.now().getEpochSecond() % 2 == 0) { // expect: nondeterministic-time
                retry(attempts - 1);
            }
        }

        /** Used only from an await condition, which Temporal evaluates as workflow code. */
        private boolean isDone() {
            return UUID.randomUUID().hashCode() == published; // expect: nondeterministic-uuid
        }

        /** Used only inside the sideEffect function, which runs once. */
        private long clock() {
            return Instant.now().toEpochMilli(); // ok: nondeterministic-time -- called only inside sideEffect
        }

        /** Used only by client code in main, which nothing replays. */
        private static String requestId() {
            return UUID.randomUUID().toString(); // ok: nondeterministic-uuid -- called only from main
        }

        /**
         * Mutually recursive with pong, and also called from main: neither is workflow code alone, so
         * the clock read is reported at the workflow method's call, with the chain.
         */
        private static int ping(int n) {
            return n <= 0 ? Instant.now().getNano() : pong(n - 1); // sink: nondeterministic-time
        }

        private static int pong(int n) {
            return ping(n - 1); // hop
        }

        /** Nothing calls it. */
        private long unused() {
            return Instant.now().toEpochMilli(); // ok: nondeterministic-time -- nothing calls it
        }

        public static void main(String[] args) {
            System.out.println(requestId() + ping(2));
        }
    }
}
