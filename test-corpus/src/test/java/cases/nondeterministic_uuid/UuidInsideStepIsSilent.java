package cases.nondeterministic_uuid;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: the recommended fix. UUIDs minted inside step bodies (lambda, anonymous class,
 * async step, waitForCallback submitter, waitForCondition check, a stream nested in a step)
 * are checkpointed, so replay reuses the same id: nothing is reported.
 */
public class UuidInsideStepIsSilent extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> lines, DurableContext context) {
        String requestId = context.step("mint-request-id", String.class, step -> UUID.randomUUID().toString()); // ok: nondeterministic-uuid -- step body

        UUID batchId = context.step("mint-batch-id", UUID.class, new Function<StepContext, UUID>() {
            @Override
            public UUID apply(StepContext step) {
                return UUID.randomUUID(); // ok: nondeterministic-uuid -- anonymous step body
            }
        });

        DurableFuture<String> asyncId = context.stepAsync("mint-async-id", String.class, step -> {
            UUID id = UUID.randomUUID(); // ok: nondeterministic-uuid -- inside the step body
            return id.toString();
        });

        String approval = context.waitForCallback("await-approval", String.class, (callbackId, step) -> {
            String nonce = UUID.randomUUID().toString(); // ok: nondeterministic-uuid -- callback submitter runs as a step
            step.getLogger().info("approval {} nonce {}", callbackId, nonce);
        });

        String ready = context.waitForCondition("await-ready", String.class, (state, step) -> {
            String probe = UUID.randomUUID().toString(); // ok: nondeterministic-uuid -- condition check runs as a step
            return probe.isEmpty() ? WaitForConditionResult.continuePolling(probe) : WaitForConditionResult.stopPolling(probe);
        });

        String lineIds = context.step("mint-line-ids", String.class, step -> lines.stream()
                .map(line -> line + "=" + UUID.randomUUID()) // ok: nondeterministic-uuid -- lambda nested in a step body
                .collect(Collectors.joining(",")));

        return requestId + batchId + asyncId.get() + approval + ready + lineIds;
    }
}
