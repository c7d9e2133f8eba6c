package cases.regions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: library methods named by method references instead of called. A reference in
 * orchestration code runs where it is passed, like the lambda it stands for. Its receiver name
 * ({@code System.out}, {@code LOG}, {@code logger}) is a value, which the parser cannot tell from a
 * type. Which overload a reference picks is unknown, so only catalog entries that cover every
 * overload apply: {@code Instant::now} may be {@code now(Clock)} and stays silent.
 */
public class MethodReferencesToLibraryApis extends DurableHandler<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(MethodReferencesToLibraryApis.class);

    @Override
    public String handleRequest(String input, DurableContext context) {
        List<String> lines = List.of(input, input.trim());
        lines.forEach(System.out::println); // expect: replay-unsafe-logging
        lines.forEach(LOG::info); // expect: replay-unsafe-logging
        Logger logger = LoggerFactory.getLogger("orders");
        lines.forEach(logger::warn); // expect: replay-unsafe-logging
        String id = Optional.<String>empty().orElseGet(() -> "none");
        UUID minted = Optional.<UUID>empty().orElseGet(UUID::randomUUID); // expect: nondeterministic-uuid
        Supplier<Double> roll = Math::random; // expect: nondeterministic-random
        double drawn = roll.get();

        Supplier<Instant> clock = Instant::now; // ok: nondeterministic-time -- Instant.now(Clock) is an overload a reference may pick
        List<String> trimmed = lines.stream().map(String::trim).toList(); // ok: replay-unsafe-logging -- a pure method
        Optional<UUID> parsed = Optional.of(input).map(UUID::fromString); // ok: nondeterministic-uuid -- parses its argument
        UUID checkpointed = context.step("new-id", UUID.class, UUID::randomUUID); // ok: nondeterministic-uuid -- a step body

        context.step("log-lines", String.class, step -> {
            lines.forEach(System.out::println); // ok: replay-unsafe-logging -- inside a step body
            return "logged";
        });
        return id + minted + drawn + clock + trimmed + parsed + checkpointed;
    }
}
