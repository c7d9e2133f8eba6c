package cases.nested_durable_operation;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: step bodies that reach a durable context through DurableContext.getCurrentContext()
 * instead of a captured variable: in a step, a waitForCallback submitter and a waitForCondition
 * check. It is still a durable operation inside a step body. getCurrentContext() in
 * orchestration code and StepContext.getCurrentContext() inside a step are silent.
 */
public class CurrentContextInsideStepBodies extends DurableHandler<String, Integer> {

    @Override
    public Integer handleRequest(String jobId, DurableContext context) {
        String enriched = context.step("enrich-job", String.class, stepCtx -> {
            String extra = DurableContext.getCurrentContext().step("enrich-extra", String.class, inner -> "extra"); // expect: nested-durable-operation
            return jobId + extra;
        });

        String submitted = context.waitForCallback("submit-job", String.class, (callbackId, stepCtx) -> {
            DurableContext.getCurrentContext().wait("submit-delay", Duration.ofSeconds(2)); // expect: nested-durable-operation
            stepCtx.getLogger().info("submitted {}", callbackId); // ok: nested-durable-operation -- logging through the step context
        });

        Integer progress = context.waitForCondition("await-job", Integer.class, (state, stepCtx) -> {
            Integer probed = DurableContext.getCurrentContext().invoke("probe-job", "probe-function", jobId, Integer.class); // expect: nested-durable-operation
            int attempt = StepContext.getCurrentContext().getAttempt(); // ok: nested-durable-operation -- the current step context has no durable operations
            if (probed != null && probed >= 100) {
                return WaitForConditionResult.stopPolling(probed);
            }
            return WaitForConditionResult.continuePolling(attempt);
        });

        String cleaned = context.step("clean-job", String.class, stepCtx -> {
            DurableContext.getCurrentContext().runInChildContext("clean-child", String.class, child -> "cleaned"); // expect: nested-durable-operation
            return "cleaned-" + jobId;
        });

        DurableContext current = DurableContext.getCurrentContext();
        String archived = current.step("archive-job", String.class, stepCtx -> enriched + submitted + cleaned); // ok: nested-durable-operation -- getCurrentContext() in orchestration code
        String reported = DurableContext.getCurrentContext().step("report-job", String.class, stepCtx -> archived); // ok: nested-durable-operation -- the operation itself is in orchestration code
        return progress + reported.length();
    }
}
