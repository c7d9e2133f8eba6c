package cases.suppression;

import java.time.Instant;
import java.util.function.Function;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a field initialised with a lambda that takes a DurableContext holds orchestration
 * code; @SuppressWarnings("durable:<rule-id>") on the field covers the lambda's body, while the
 * same lambda in an unannotated field is reported.
 */
public class AnnotationOnFieldWithLambda extends DurableHandler<String, String> {

    @SuppressWarnings("durable:nondeterministic-time") // ok: unknown-suppression -- a known rule id on a field
    private static final Function<DurableContext, String> STAMPED =
            (DurableContext ctx) -> ctx.step("field-annotation-stamped", String.class, s -> "x") + Instant.now(); // suppressed: nondeterministic-time

    private static final Function<DurableContext, String> UNSTAMPED =
            (DurableContext ctx) -> ctx.step("field-annotation-unstamped", String.class, s -> "y") + Instant.now(); // expect: nondeterministic-time

    @Override
    public String handleRequest(String input, DurableContext context) {
        return input + STAMPED.apply(context) + UNSTAMPED.apply(context);
    }
}
