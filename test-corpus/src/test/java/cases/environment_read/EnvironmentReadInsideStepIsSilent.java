package cases.environment_read;

import java.util.Locale;
import java.util.function.Function;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: the recommended fix. Environment reads inside step bodies (lambda, anonymous
 * class, waitForCallback submitter, waitForCondition check, a step inside a map function)
 * are checkpointed, so replay sees the first container's value.
 */
public class EnvironmentReadInsideStepIsSilent extends DurableHandler<java.util.List<String>, String> {

    @Override
    public String handleRequest(java.util.List<String> items, DurableContext context) {
        String table = context.step("read-table-name", String.class, step -> System.getenv("TABLE_NAME")); // ok: environment-read -- step body

        Integer cpus = context.step("read-cpus", Integer.class, step -> {
            int available = Runtime.getRuntime().availableProcessors(); // ok: environment-read -- inside the step body
            return Math.max(1, available);
        });

        String locale = context.step("read-locale", String.class, new Function<StepContext, String>() {
            @Override
            public String apply(StepContext step) {
                return Locale.getDefault().toLanguageTag() + System.getProperty("user.timezone"); // ok: environment-read -- anonymous step body
            }
        });

        String receipt = context.waitForCallback("await-receipt", String.class, (callbackId, step) -> {
            String endpoint = System.getenv("RECEIPT_ENDPOINT"); // ok: environment-read -- callback submitter runs as a step
            step.getLogger().info("send {} to {} from {}", callbackId, endpoint, Thread.currentThread().getName()); // ok: environment-read -- callback submitter runs as a step
        });

        Boolean enabled = context.waitForCondition("await-flag", Boolean.class, (state, step) -> {
            boolean flag = Boolean.getBoolean("feature.enabled"); // ok: environment-read -- condition check runs as a step
            return flag ? WaitForConditionResult.stopPolling(true) : WaitForConditionResult.continuePolling(false);
        });

        var perItem = context.map("read-per-item", items, String.class, (item, index, itemCtx) ->
                itemCtx.step("item-env", String.class, step -> item + System.getenv("ITEM_SUFFIX"))); // ok: environment-read -- step inside a map function

        return table + cpus + locale + receipt + enabled + perItem;
    }
}
