package cases.nondeterministic_time;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a helper method taking a DurableContext is orchestration code, and so are
 * lambdas and anonymous classes written in orchestration code and handed to ordinary APIs
 * (forEach, streams, Optional).
 */
public class TimeInHelperAndLambdas extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> orders, DurableContext context) {
        Instant received = receivedAt(context);

        List<String> tagged = new ArrayList<>();
        orders.forEach(order -> tagged.add(order + "@" + System.currentTimeMillis())); // expect: nondeterministic-time

        String joined = orders.stream()
                .map(order -> order + ZonedDateTime.now()) // expect: nondeterministic-time
                .collect(Collectors.joining(";"));

        Instant due = Optional.<Instant>empty().orElseGet(new Supplier<Instant>() {
            @Override
            public Instant get() {
                return Instant.now(); // expect: nondeterministic-time
            }
        });

        List<Long> seen = new ArrayList<>();
        orders.forEach(new Consumer<String>() {
            @Override
            public void accept(String order) {
                seen.add(System.nanoTime()); // expect: nondeterministic-time
            }
        });

        String label = Optional.of(joined).map(text -> text + System.currentTimeMillis()).orElse(""); // expect: nondeterministic-time

        return confirm(context, received) + tagged + label + due + seen;
    }

    private Instant receivedAt(DurableContext ctx) {
        return Instant.now(); // expect: nondeterministic-time
    }

    private String confirm(DurableContext ctx, Instant received) {
        long age = System.currentTimeMillis() - received.toEpochMilli(); // expect: nondeterministic-time
        return ctx.step("confirm-order", String.class, step -> "confirmed after " + age);
    }
}
