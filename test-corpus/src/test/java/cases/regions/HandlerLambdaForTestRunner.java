package cases.regions;

import java.time.Instant;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.testing.LocalDurableTestRunner;

/**
 * Scenario: a handler written as a lambda for the local test runner is orchestration code, even
 * with implicitly typed parameters; a lambda that only looks like one is not.
 */
public class HandlerLambdaForTestRunner {

    LocalDurableTestRunner<String, String> runner() {
        return LocalDurableTestRunner.create(String.class, (input, ctx) -> {
            Instant started = Instant.now(); // expect: nondeterministic-time
            String stamped = ctx.step("stamp", String.class, s -> Instant.now().toString()); // ok: nondeterministic-time -- step body
            return input + started + stamped;
        });
    }

    java.util.function.BiFunction<String, String, String> lookAlike() {
        return (input, ctx) -> input + Instant.now(); // ok: nondeterministic-time -- an ordinary BiFunction, not given to the runner
    }

    String explicitlyTyped(DurableContext unused) {
        java.util.function.Function<DurableContext, String> body = (DurableContext c) -> String.valueOf(Instant.now()); // expect: nondeterministic-time
        return body.apply(unused);
    }
}
