package cases.environment_read;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: reads of the process environment written directly in handleRequest. A replay can
 * run in another container with other variables, properties, locale or hardware, so the
 * orchestration can take a different path.
 */
public class EnvironmentReadsInHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        String table = System.getenv("TABLE_NAME"); // expect: environment-read
        Map<String, String> allVariables = System.getenv(); // expect: environment-read
        String userDir = System.getProperty("user.dir"); // expect: environment-read
        String mode = System.getProperty("app.mode", "strict"); // expect: environment-read
        Properties properties = System.getProperties(); // expect: environment-read

        Integer batchSize = Integer.getInteger("batch.size"); // expect: environment-read
        Long limit = Long.getLong("rate.limit", 100L); // expect: environment-read
        boolean verbose = Boolean.getBoolean("app.verbose"); // expect: environment-read

        Locale locale = Locale.getDefault(); // expect: environment-read
        Charset charset = Charset.defaultCharset(); // expect: environment-read
        var region = System.getenv("AWS_REGION"); // expect: environment-read

        String routed = context.step("route-order", String.class, step -> input + "->" + table);

        return routed
                + allVariables.size()
                + userDir
                + mode
                + properties.size()
                + batchSize
                + limit
                + verbose
                + locale
                + charset
                + region;
    }
}
