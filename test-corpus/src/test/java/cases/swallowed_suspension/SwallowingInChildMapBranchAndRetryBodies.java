package cases.swallowed_suspension;

import java.time.Duration;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.exception.StepFailedException;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: runInChildContext bodies, map functions, parallel branches and withRetry bodies are
 * orchestration code and suspend the same way, so a catch of Throwable or Error there swallows
 * the signal too. A catch of Throwable inside a step body (which never suspends) and a catch of
 * a step exception in a retry body are silent.
 */
public class SwallowingInChildMapBranchAndRetryBodies extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> files, DurableContext context) {
        String scanned = context.runInChildContext("scan-files", String.class, child -> {
            try {
                return child.step("scan", String.class, stepCtx -> "clean");
            } catch (Throwable t) { // expect: swallowed-suspension
                return "scan-skipped";
            }
        });

        MapResult<String> converted = context.map("convert-files", files, String.class, (file, index, itemCtx) -> {
            try {
                itemCtx.wait("convert-wait-" + index, Duration.ofSeconds(1));
                return itemCtx.step("convert-" + index, String.class, stepCtx -> file + ".pdf");
            } catch (Error e) { // expect: swallowed-suspension
                return file;
            }
        });

        try (var parallel = context.parallel("publish-fan")) {
            parallel.branch("publish-web", String.class, branchCtx -> {
                try {
                    return branchCtx.step("upload-web", String.class, stepCtx -> "web");
                } catch (Throwable t) { // expect: swallowed-suspension
                    return "web-skipped";
                }
            });
            parallel.branch("publish-feed", String.class, branchCtx -> branchCtx.step("upload-feed", String.class, stepCtx -> "feed"));
        }

        String indexed = context.withRetry("index-files", (attempt, retryCtx) -> {
            try {
                return retryCtx.step("index", String.class, stepCtx -> "indexed-" + attempt);
            } catch (StepFailedException e) { // ok: swallowed-suspension -- a step exception, not the suspend signal
                return "index-failed";
            }
        });

        Integer parsed = context.step("parse-manifest", Integer.class, stepCtx -> {
            try {
                return Integer.parseInt(files.isEmpty() ? "0" : files.get(0));
            } catch (Throwable t) { // ok: swallowed-suspension -- inside a step body, which is not orchestration code
                return -1;
            }
        });

        return scanned + converted.size() + indexed + parsed;
    }
}
