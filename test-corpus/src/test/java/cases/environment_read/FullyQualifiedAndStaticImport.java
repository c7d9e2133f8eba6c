package cases.environment_read;

import static java.lang.System.getProperty;
import static java.lang.System.getenv;
import static java.util.Locale.getDefault;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: environment reads spelled with static imports and fully qualified names, in the
 * handler, in a parallel branch, in a map function, in a withRetry body and in stream and
 * forEach lambdas written in orchestration code.
 */
public class FullyQualifiedAndStaticImport extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> keys, DurableContext context) {
        String stage = getenv("STAGE"); // expect: environment-read
        String javaVersion = getProperty("java.version"); // expect: environment-read
        Locale locale = getDefault(); // expect: environment-read
        String qualifiedRegion = java.lang.System.getenv("AWS_REGION"); // expect: environment-read
        Integer qualifiedRetries = java.lang.Integer.getInteger("retries", 3); // expect: environment-read

        String values = keys.stream()
                .map(key -> key + "=" + System.getenv(key)) // expect: environment-read
                .collect(Collectors.joining(","));

        StringBuilder props = new StringBuilder();
        keys.forEach(key -> props.append(System.getProperty(key))); // expect: environment-read

        String branchResult;
        try (ParallelDurableFuture fanOut = context.parallel("env-fan-out")) {
            branchResult = fanOut.branch("env-branch", String.class, branchCtx -> getenv("BRANCH_FLAG")).get(); // expect: environment-read
        }

        String retried = context.withRetry("env-retry", (attempt, retryCtx) -> attempt + ":" + Long.getLong("retry.delay")); // expect: environment-read

        MapResult<String> mapped = context.map("env-map", keys, String.class, (key, index, itemCtx) -> key + getenv(key)); // expect: environment-read

        String checkpointed = context.step("env-in-step", String.class, step -> getenv("STAGE") + getProperty("os.name")); // ok: environment-read -- statically imported reads inside a step body

        return stage + javaVersion + locale + qualifiedRegion + qualifiedRetries + values + props + branchResult + retried + mapped + checkpointed;
    }
}
