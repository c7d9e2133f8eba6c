package cases.nondeterministic_uuid;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: deterministic UUID APIs in orchestration code, and random UUIDs created where
 * orchestration does not run (field initialiser, constructor). Nothing is reported.
 */
public class SafeUuidApisAreSilent extends DurableHandler<String, String> {

    private static final UUID NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"); // ok: nondeterministic-uuid -- constant parsed from a literal

    private final UUID instanceId = UUID.randomUUID(); // ok: nondeterministic-uuid -- field initialiser, not orchestration code
    private final String containerTag;

    public SafeUuidApisAreSilent() {
        super();
        this.containerTag = UUID.randomUUID().toString(); // ok: nondeterministic-uuid -- constructor, not orchestration code
    }

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        UUID fromName = UUID.nameUUIDFromBytes(orderId.getBytes(StandardCharsets.UTF_8)); // ok: nondeterministic-uuid -- name-based, same input gives the same id
        UUID parsed = UUID.fromString("123e4567-e89b-12d3-a456-426614174000"); // ok: nondeterministic-uuid -- parses a literal
        UUID built = new UUID(1L, 2L); // ok: nondeterministic-uuid -- built from constants
        long high = parsed.getMostSignificantBits(); // ok: nondeterministic-uuid -- accessor on a fixed id
        int version = fromName.version(); // ok: nondeterministic-uuid -- accessor on a name-based id
        UUID namespaced = UUID.nameUUIDFromBytes((NAMESPACE + orderId).getBytes(StandardCharsets.UTF_8)); // ok: nondeterministic-uuid -- derived from a constant and the input

        String minted = context.step("mint-order-id", String.class, step -> UUID.randomUUID().toString()); // ok: nondeterministic-uuid -- step body
        UUID reparsed = UUID.fromString(minted); // ok: nondeterministic-uuid -- parses a checkpointed value

        String saved = context.step("save-order", String.class, step -> orderId + reparsed + namespaced);

        return saved + built + high + version;
    }
}
