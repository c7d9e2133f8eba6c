package cases.regions;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;

/**
 * Scenario: bodies kept in a local variable before they are passed to a durable operation. A lambda,
 * method reference or anonymous class whose every use is the body of steps is a step body; one
 * whose every use is the body of child contexts is orchestration code; one that is also called
 * directly runs where it is called, so it is orchestration code.
 */
public class BodiesKeptInLocalVariables extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Function<StepContext, String> stamp = step -> Instant.now().toString(); // ok: nondeterministic-time -- only ever a step body
        String stamped = context.step("stamp", String.class, stamp);
        String restamped = context.step("restamp", String.class, stamp);

        Supplier<UUID> ids = UUID::randomUUID; // ok: nondeterministic-uuid -- only ever a step body
        UUID id = context.step("mint-id", UUID.class, ids);

        Function<StepContext, String> token = new Function<>() {
            @Override
            public String apply(StepContext step) {
                return UUID.randomUUID().toString(); // ok: nondeterministic-uuid -- an anonymous class only ever a step body
            }
        };
        String minted = context.step("mint-token", String.class, token);

        Function<DurableContext, String> child = childCtx -> Instant.now().toString(); // expect: nondeterministic-time
        String fromChild = context.runInChildContext("child", String.class, child);

        Supplier<Instant> clock = () -> Instant.now(); // expect: nondeterministic-time
        Instant now = clock.get();

        Function<StepContext, String> both = step -> UUID.randomUUID().toString(); // expect: nondeterministic-uuid
        String viaStep = context.step("both", String.class, both);
        String direct = both.apply(null);

        return stamped + restamped + id + minted + fromChild + now + viaStep + direct;
    }
}
