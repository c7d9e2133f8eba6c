package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: @SuppressWarnings("durable") covers the findings of every rule in the declaration;
 * the same code in an unannotated method is reported.
 */
public class DurableKeySuppressesEveryRule extends DurableHandler<String, String> {

    @Override
    @SuppressWarnings("durable") // ok: unknown-suppression -- the key for every rule
    public String handleRequest(String input, DurableContext context) {
        Instant received = Instant.now(); // suppressed: nondeterministic-time
        String id = UUID.randomUUID().toString(); // suppressed: nondeterministic-uuid
        String stage = System.getenv("STAGE"); // suppressed: environment-read
        System.out.println("started " + id); // suppressed: replay-unsafe-logging
        String again = unannotated(context);
        return context.step("durable-key-work", String.class, s -> input + received + stage + again);
    }

    private String unannotated(DurableContext ctx) {
        Instant received = Instant.now(); // expect: nondeterministic-time
        String id = UUID.randomUUID().toString(); // expect: nondeterministic-uuid
        String stage = System.getenv("STAGE"); // expect: environment-read
        System.out.println("started " + id); // expect: replay-unsafe-logging
        return ctx.step("durable-key-unannotated", String.class, s -> received + stage);
    }
}
