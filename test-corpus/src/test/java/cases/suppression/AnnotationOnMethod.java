package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: @SuppressWarnings("durable:<rule-id>") on a method covers that rule's findings
 * anywhere in the method, including lambdas written in it; other rules in the method, and the
 * same rule in other methods, are still reported.
 */
public class AnnotationOnMethod extends DurableHandler<String, String> {

    @Override
    @SuppressWarnings("durable:nondeterministic-time") // ok: unknown-suppression -- a known rule id
    public String handleRequest(String input, DurableContext context) {
        Instant received = Instant.now(); // suppressed: nondeterministic-time
        long millis = System.currentTimeMillis(); // suppressed: nondeterministic-time
        String id = UUID.randomUUID().toString(); // expect: nondeterministic-uuid
        Runnable tick = () -> System.nanoTime(); // suppressed: nondeterministic-time
        tick.run();
        String audited = audit(context, input);
        return context.step("method-annotation-work", String.class, s -> input + received + millis + id + audited);
    }

    private String audit(DurableContext ctx, String input) {
        Instant at = Instant.now(); // expect: nondeterministic-time
        return ctx.step("method-annotation-audit", String.class, s -> input + at);
    }

    @SuppressWarnings("durable:nondeterministic-uuid") // ok: suppression-without-reason -- an annotation needs no reason
    private String correlate(DurableContext ctx) {
        String correlation = UUID.randomUUID().toString(); // suppressed: nondeterministic-uuid
        return ctx.step("method-annotation-correlate", String.class, s -> correlation);
    }
}
