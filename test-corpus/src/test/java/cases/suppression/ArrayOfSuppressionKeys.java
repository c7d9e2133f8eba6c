package cases.suppression;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: durable keys among other keys in an array, in the single-value and the named
 * (value = ...) form of @SuppressWarnings; keys of other tools are left alone.
 */
public class ArrayOfSuppressionKeys extends DurableHandler<String, String> {

    @Override
    @SuppressWarnings({"unchecked", "durable:nondeterministic-time"}) // ok: unknown-suppression -- "unchecked" is not a durable key
    public String handleRequest(String input, DurableContext context) {
        List<String> raw = (List<String>) (Object) new ArrayList<String>();
        Instant received = Instant.now(); // suppressed: nondeterministic-time
        String id = UUID.randomUUID().toString(); // expect: nondeterministic-uuid
        String more = named(context);
        return context.step("array-keys-work", String.class, s -> input + raw + received + id + more);
    }

    @SuppressWarnings(value = {"rawtypes", "durable:nondeterministic-uuid", "durable:environment-read"})
    private String named(DurableContext ctx) {
        List untyped = new ArrayList();
        String id = UUID.randomUUID().toString(); // suppressed: nondeterministic-uuid
        String stage = System.getenv("STAGE"); // suppressed: environment-read
        Instant at = Instant.now(); // expect: nondeterministic-time
        return ctx.step("array-keys-named", String.class, s -> untyped.size() + id + stage + at);
    }

    @SuppressWarnings("unchecked") // ok: unknown-suppression -- a key of javac, not of durable-check
    private String othersOnly(DurableContext ctx) {
        Instant at = Instant.now(); // expect: nondeterministic-time
        return ctx.step("array-keys-others", String.class, s -> "" + at);
    }
}
