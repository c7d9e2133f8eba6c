package cases.replay_unsafe_logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: stack traces printed from catch clauses in orchestration code, where the caught type is
 * a library exception the run has no jar for, or a union of types. A catch parameter is always a
 * Throwable, so {@code printStackTrace()} on it prints again on every replay whatever the caught
 * type; other calls on it, and the same print inside a step body, do not.
 */
public class StackTracesOfCaughtLibraryExceptions extends DurableHandler<String, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String handleRequest(String input, DurableContext context) {
        String parsed = context.step("parse", String.class, s -> {
            try {
                return JSON.readTree(input).path("id").asText();
            } catch (JsonProcessingException e) {
                e.printStackTrace(); // ok: replay-unsafe-logging -- inside a step body
                return "";
            }
        });
        try {
            JSON.readTree(parsed);
        } catch (JsonProcessingException e) {
            e.printStackTrace(); // expect: replay-unsafe-logging
        }
        try {
            validate(parsed);
        } catch (UncheckedIOException | IllegalStateException e) {
            e.printStackTrace(); // expect: replay-unsafe-logging
        }
        try {
            JSON.readTree(parsed);
        } catch (JsonProcessingException e) {
            String reason = e.getMessage(); // ok: replay-unsafe-logging -- reading the message prints nothing
            context.getLogger().warn("bad payload: {}", reason); // ok: replay-unsafe-logging -- DurableLogger suppresses replayed lines
        }
        return parsed;
    }

    private static void validate(String value) {
        if (value.isEmpty()) {
            throw new UncheckedIOException(new IOException("empty"));
        }
    }
}
