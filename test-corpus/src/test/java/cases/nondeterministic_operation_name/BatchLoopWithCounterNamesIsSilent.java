package cases.nondeterministic_operation_name;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: the SDK's documented batch pattern, one step per batch named {@code "batch-" + i} with
 * a context.wait between batches, and other names built from loop counters, list elements,
 * constants, the handler input and durable results, all of which replay to the same value.
 */
public class BatchLoopWithCounterNamesIsSilent extends DurableHandler<BatchLoopWithCounterNamesIsSilent.Job, Integer> {

    private static final int BATCH_SIZE = 100;
    private static final String PREFIX = "etl";

    /** The handler input. */
    record Job(String jobId, List<String> rows, List<String> regions) {}

    @Override
    public Integer handleRequest(Job job, DurableContext context) {
        List<String> rows = job.rows();
        int batches = (rows.size() + BATCH_SIZE - 1) / BATCH_SIZE;
        int total = 0;
        for (int i = 0; i < batches; i++) {
            int from = i * BATCH_SIZE;
            List<String> slice = rows.subList(from, Math.min(from + BATCH_SIZE, rows.size()));
            Integer written = context.step("batch-" + i, Integer.class, s -> slice.size()); // ok: nondeterministic-operation-name -- a loop counter, the SDK's own pattern
            total += written;
            context.wait("batch-" + i + "-pause", Duration.ofSeconds(1)); // ok: nondeterministic-operation-name -- a loop counter
        }

        for (String region : job.regions()) {
            context.step(PREFIX + "-sync-" + region, String.class, s -> region); // ok: nondeterministic-operation-name -- a for-each variable over a List from the input
        }

        String runId = context.step("make-run-id", String.class, s -> UUID.randomUUID().toString()); // ok: nondeterministic-uuid -- minted inside the step body
        context.step("use-" + runId, String.class, s -> runId); // ok: nondeterministic-operation-name -- the result of a durable operation replays unchanged

        String jobName = String.format("%s-job-%s", PREFIX, job.jobId());
        context.step(jobName, String.class, s -> job.jobId()); // ok: nondeterministic-operation-name -- String.format of a constant and the handler input

        String[] phases = {"extract", "transform", "load"};
        for (String phase : phases) {
            context.step("phase-" + phase, String.class, s -> phase); // ok: nondeterministic-operation-name -- a for-each variable over an array literal
        }
        return total;
    }
}
