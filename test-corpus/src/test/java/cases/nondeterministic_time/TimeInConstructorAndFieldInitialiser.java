package cases.nondeterministic_time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: clock reads in a handler's field initialisers and constructor. That code runs
 * once per container when the handler is created, not on every replay of handleRequest, so
 * it is not orchestration code. handleRequest itself only uses checkpointed time.
 */
public class TimeInConstructorAndFieldInitialiser extends DurableHandler<String, String> {

    private final Instant loadedAt = Instant.now(); // ok: nondeterministic-time -- field initialiser, not orchestration code
    private final Clock clock = Clock.systemUTC(); // ok: nondeterministic-time -- field initialiser, not orchestration code
    private final long bootNanos;
    private final ZoneId zone;

    public TimeInConstructorAndFieldInitialiser() {
        super();
        this.bootNanos = System.nanoTime(); // ok: nondeterministic-time -- constructor, not orchestration code
        this.zone = ZoneId.systemDefault(); // ok: nondeterministic-time -- constructor, not orchestration code
    }

    @Override
    public String handleRequest(String input, DurableContext context) {
        Long startedMillis = context.step("started-millis", Long.class, step -> System.currentTimeMillis()); // ok: nondeterministic-time -- step body
        String label = context.step("label-order", String.class, step -> input + "-" + startedMillis);
        return label;
    }
}
