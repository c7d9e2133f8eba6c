package cases.side_effect_outside_step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: external processes started inside a withRetry body. The body {@code (attempt, ctx)}
 * is orchestration code, so each start repeats on replay; configuring a ProcessBuilder starts
 * nothing, and starting the process inside a step is fine.
 */
public class ProcessesInWithRetryBody extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        String compressed = context.withRetry("compress-upload", (attempt, retryCtx) -> {
            ProcessBuilder gzip = new ProcessBuilder("gzip", "-k", input); // ok: side-effect-outside-step -- configuring a builder starts nothing
            List<String> command = gzip.command(); // ok: side-effect-outside-step -- reading the configured command is pure
            try {
                Process process = gzip.start(); // expect: side-effect-outside-step
                Process checksum = Runtime.getRuntime().exec(new String[] {"sha256sum", input + ".gz"}); // expect: side-effect-outside-step
                Process listing = new ProcessBuilder("ls", "-l").inheritIO().start(); // expect: side-effect-outside-step
                retryCtx.getLogger().info("started {} {} {} for {}", process, checksum, listing, command);
                return input + ".gz";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        String uploaded = context.step("upload-archive", String.class, stepCtx -> {
            try {
                Process upload = new ProcessBuilder("aws", "s3", "cp", compressed, "s3://archive/").start(); // ok: side-effect-outside-step -- inside a step body
                stepCtx.getLogger().info("upload started {}", upload);
                return "s3://archive/" + compressed;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return uploaded;
    }
}
