package cases.environment_read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: look-alikes of environment reads that compute from their arguments only, and
 * configuration read once where orchestration does not run (field initialiser, constructor,
 * createConfiguration). Nothing is reported.
 */
public class SafeLookAlikesAreSilent extends DurableHandler<Map<String, String>, String> {

    private final String tableName = System.getenv("TABLE_NAME"); // ok: environment-read -- field initialiser, not orchestration code
    private final int workers;

    public SafeLookAlikesAreSilent() {
        super();
        this.workers = Runtime.getRuntime().availableProcessors(); // ok: environment-read -- constructor, not orchestration code
    }

    @Override
    protected software.amazon.lambda.durable.DurableConfig createConfiguration() {
        String delay = System.getProperty("checkpoint.delay.ms", "0"); // ok: environment-read -- createConfiguration is not orchestration code
        return software.amazon.lambda.durable.DurableConfig.builder()
                .withCheckpointDelay(java.time.Duration.ofMillis(Long.parseLong(delay)))
                .build();
    }

    @Override
    public String handleRequest(Map<String, String> input, DurableContext context) {
        String newline = System.lineSeparator(); // ok: environment-read -- a platform constant
        boolean dryRun = Boolean.parseBoolean(input.getOrDefault("dryRun", "false")); // ok: environment-read -- parses the input, not a system property
        int quantity = Integer.parseInt(input.getOrDefault("quantity", "1")); // ok: environment-read -- parses the input
        Integer boxed = Integer.valueOf(quantity); // ok: environment-read -- boxing, not Integer.getInteger
        Long big = Long.valueOf(quantity); // ok: environment-read -- boxing, not Long.getLong
        Locale french = Locale.forLanguageTag("fr-FR"); // ok: environment-read -- explicit locale
        Charset utf8 = StandardCharsets.UTF_8; // ok: environment-read -- explicit charset
        Charset named = Charset.forName("ISO-8859-1"); // ok: environment-read -- explicit charset by name
        String region = input.get("region"); // ok: environment-read -- a Map lookup on the input, not System.getenv
        String upper = "order".toUpperCase(Locale.ROOT); // ok: environment-read -- explicit root locale
        String table = this.tableName; // ok: environment-read -- reads a field set once in the initialiser, no environment call here

        String saved = context.step("save-input", String.class, step -> table + region + dryRun);

        return saved + newline + boxed + big + french + utf8 + named + upper + workers;
    }
}
