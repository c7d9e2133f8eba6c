package cases.nondeterministic_operation_name;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: operation names built in handleRequest from the clock, Math.random and
 * UUID.randomUUID, inline or through locals, String.format, formatted, a ternary, a reassignment
 * and a StringBuilder, so every replay asks for an operation name that was never checkpointed.
 */
public class ClockRandomAndUuidInStepNames extends DurableHandler<ClockRandomAndUuidInStepNames.Batch, String> {

    /** The handler input. */
    record Batch(String id, List<String> rows) {}

    @Override
    public String handleRequest(Batch batch, DurableContext context) {
        String loaded = context.step("batch-" + Instant.now(), String.class, s -> batch.id()); // expect: nondeterministic-operation-name, nondeterministic-time

        long startedAt = System.currentTimeMillis(); // expect: nondeterministic-time
        String exportName = "export-" + startedAt;
        String exported = context.step(exportName, String.class, s -> loaded); // expect: nondeterministic-operation-name

        String runName = String.format("run-%s", UUID.randomUUID()); // expect: nondeterministic-uuid
        context.wait(runName, Duration.ofSeconds(5)); // expect: nondeterministic-operation-name

        String lane = Math.random() < 0.5 ? "lane-a" : "lane-b"; // expect: nondeterministic-random
        String routed = context.step(lane, String.class, s -> exported); // expect: nondeterministic-operation-name

        String reportName = "report-%s".formatted(LocalDate.now()); // expect: nondeterministic-time
        String report = context.step(reportName.toUpperCase().trim(), String.class, s -> routed); // expect: nondeterministic-operation-name

        String suffix = "fixed";
        if (batch.rows().isEmpty()) {
            suffix = Long.toString(System.nanoTime()); // expect: nondeterministic-time
        }
        String tail = context.step("tail-".concat(suffix), String.class, s -> report); // expect: nondeterministic-operation-name

        StringBuilder ledger = new StringBuilder("ledger-");
        ledger.append(batch.id()).append('-');
        ledger.append(UUID.randomUUID()); // expect: nondeterministic-uuid
        String booked = context.step(ledger.toString(), String.class, s -> tail); // expect: nondeterministic-operation-name

        String keyed = context.step(String.valueOf(Math.random()), String.class, s -> booked); // expect: nondeterministic-operation-name, nondeterministic-random

        Instant stamped = context.step("stamp-now", Instant.class, s -> Instant.now()); // ok: nondeterministic-operation-name -- the clock is read inside the step body, the name is a literal
        String fixedSuffix = "fixed";
        String kept = context.step("kept-".concat(fixedSuffix), String.class, s -> keyed + stamped); // ok: nondeterministic-operation-name -- a local assigned only literals
        StringBuilder stableLedger = new StringBuilder("ledger-").append(batch.id()).append('-').append(7);
        return context.step(stableLedger.toString(), String.class, s -> kept); // ok: nondeterministic-operation-name -- StringBuilder of a literal, the handler input and a number
    }
}
