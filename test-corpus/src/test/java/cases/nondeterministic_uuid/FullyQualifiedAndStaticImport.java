package cases.nondeterministic_uuid;

import static java.util.UUID.fromString;
import static java.util.UUID.randomUUID;

import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: randomUUID spelled with a static import and with a fully qualified name. The
 * analyzer resolves the call, not the text.
 */
public class FullyQualifiedAndStaticImport extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        UUID imported = randomUUID(); // expect: nondeterministic-uuid
        java.util.UUID qualified = java.util.UUID.randomUUID(); // expect: nondeterministic-uuid
        String qualifiedText = java.util.UUID.randomUUID().toString(); // expect: nondeterministic-uuid

        UUID parsed = fromString("123e4567-e89b-12d3-a456-426614174000"); // ok: nondeterministic-uuid -- statically imported fromString parses a literal
        java.util.UUID derived = java.util.UUID.nameUUIDFromBytes(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // ok: nondeterministic-uuid -- name-based UUID from the input

        UUID checkpointed = context.step("mint-id", UUID.class, step -> randomUUID()); // ok: nondeterministic-uuid -- statically imported randomUUID() inside a step body

        return input + imported + qualified + qualifiedText + parsed + derived + checkpointed;
    }
}
