package cases.nondeterministic_time;

import static java.lang.System.currentTimeMillis;
import static java.time.Instant.now;

import java.time.Instant;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: the same clock reads spelled with static imports and with fully qualified names.
 * The analyzer resolves the call, not the text.
 */
public class FullyQualifiedAndStaticImport extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Instant imported = now(); // expect: nondeterministic-time
        long importedMillis = currentTimeMillis(); // expect: nondeterministic-time

        java.time.Instant qualified = java.time.Instant.now(); // expect: nondeterministic-time
        long qualifiedNanos = java.lang.System.nanoTime(); // expect: nondeterministic-time
        java.time.LocalDate qualifiedDay = java.time.LocalDate.now(); // expect: nondeterministic-time
        java.util.Date qualifiedDate = new java.util.Date(); // expect: nondeterministic-time
        java.util.Calendar qualifiedCalendar = java.util.Calendar.getInstance(); // expect: nondeterministic-time

        java.util.Date fixedDate = new java.util.Date(86_400_000L); // ok: nondeterministic-time -- explicit time
        java.time.Instant parsed = java.time.Instant.parse("2030-12-31T23:59:59Z"); // ok: nondeterministic-time -- parses a literal

        Instant checkpointed = context.step("checkpoint-now", Instant.class, step -> now()); // ok: nondeterministic-time -- statically imported now() inside a step body

        return input
                + imported
                + importedMillis
                + qualified
                + qualifiedNanos
                + qualifiedDay
                + qualifiedDate.getTime()
                + qualifiedCalendar.getTimeInMillis()
                + fixedDate.getTime()
                + parsed
                + checkpointed;
    }
}
