package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: @SuppressWarnings("durable:<rule-id>") on a class covers every method of the class,
 * its nested classes included; another rule is still reported.
 */
@SuppressWarnings("durable:nondeterministic-uuid") // ok: unknown-suppression -- a known rule id on a class
public class AnnotationOnClass extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        String id = UUID.randomUUID().toString(); // suppressed: nondeterministic-uuid
        Instant received = Instant.now(); // expect: nondeterministic-time
        String tagged = new Tagger().tag(context, input);
        return context.step("class-annotation-work", String.class, s -> id + received + tagged);
    }

    private String trace(DurableContext ctx) {
        UUID trace = UUID.randomUUID(); // suppressed: nondeterministic-uuid
        return ctx.step("class-annotation-trace", String.class, s -> trace.toString());
    }

    static final class Tagger {
        String tag(DurableContext ctx, String input) {
            UUID tag = UUID.randomUUID(); // suppressed: nondeterministic-uuid
            return ctx.step("class-annotation-tag", String.class, s -> input + tag);
        }
    }
}
