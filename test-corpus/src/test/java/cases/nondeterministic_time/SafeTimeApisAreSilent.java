package cases.nondeterministic_time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: pure time APIs of the same classes in orchestration code. They compute from
 * their arguments only, so replay gets the same value: nothing is reported.
 */
public class SafeTimeApisAreSilent extends DurableHandler<String, String> {

    /** A project class that happens to have a static now() method returning a constant. */
    static final class BusinessCalendar {
        static LocalDate now() {
            return LocalDate.of(2024, 1, 1);
        }
    }

    @Override
    public String handleRequest(String input, DurableContext context) {
        Instant parsed = Instant.parse("2024-01-01T00:00:00Z"); // ok: nondeterministic-time -- parses a literal
        Instant epoch = Instant.ofEpochMilli(0L); // ok: nondeterministic-time -- built from a constant
        Instant epochSecond = Instant.ofEpochSecond(1_700_000_000L); // ok: nondeterministic-time -- built from a constant
        Duration timeout = Duration.ofMinutes(5); // ok: nondeterministic-time -- Duration factories are pure
        Duration between = Duration.between(epoch, parsed); // ok: nondeterministic-time -- arithmetic on fixed instants
        LocalDate firstOfYear = LocalDate.of(2024, 1, 1); // ok: nondeterministic-time -- LocalDate.of is pure
        LocalDateTime atNoon = LocalDateTime.of(2024, 1, 1, 12, 0); // ok: nondeterministic-time -- LocalDateTime.of is pure
        Clock fixed = Clock.fixed(parsed, ZoneOffset.UTC); // ok: nondeterministic-time -- a fixed clock never moves
        ZoneId zone = ZoneId.of("Europe/Paris"); // ok: nondeterministic-time -- named zone, not the system default
        TimeZone utc = TimeZone.getTimeZone("UTC"); // ok: nondeterministic-time -- named zone, not the default
        Date epochDate = new Date(0L); // ok: nondeterministic-time -- Date with an explicit time
        GregorianCalendar newYear = new GregorianCalendar(2024, 0, 1); // ok: nondeterministic-time -- explicit fields
        long timeoutMillis = TimeUnit.MINUTES.toMillis(5); // ok: nondeterministic-time -- unit conversion
        LocalDate businessDay = BusinessCalendar.now(); // ok: nondeterministic-time -- a project method named now(), not java.time

        Instant startedAt = context.step("record-start", Instant.class, step -> Instant.now()); // ok: nondeterministic-time -- inside a step body
        Instant expiresAt = startedAt.plus(timeout); // ok: nondeterministic-time -- derived from a checkpointed value

        return input
                + parsed
                + epochSecond
                + between
                + firstOfYear
                + atNoon
                + fixed.instant()
                + zone
                + utc.getID()
                + epochDate.getTime()
                + newYear.getTimeInMillis()
                + timeoutMillis
                + businessDay
                + expiresAt;
    }
}
