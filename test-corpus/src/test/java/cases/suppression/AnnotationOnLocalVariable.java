package cases.suppression;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: @SuppressWarnings("durable:<rule-id>") on a local variable declaration covers its
 * initialiser, over several lines and into a lambda it holds, and nothing after the declaration.
 */
public class AnnotationOnLocalVariable extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        @SuppressWarnings("durable:nondeterministic-time") // ok: suppression-without-reason -- an annotation needs no reason
        Instant received = Instant.now(); // suppressed: nondeterministic-time

        @SuppressWarnings("durable:nondeterministic-uuid")
        String id = input
                + UUID.randomUUID(); // suppressed: nondeterministic-uuid

        @SuppressWarnings("durable:environment-read")
        Supplier<String> stage = () -> System.getenv("STAGE"); // suppressed: environment-read

        Instant after = Instant.now(); // expect: nondeterministic-time
        String region = System.getenv("AWS_REGION"); // expect: environment-read

        return context.step("local-annotation-work", String.class, s -> received + id + stage.get() + after + region);
    }
}
