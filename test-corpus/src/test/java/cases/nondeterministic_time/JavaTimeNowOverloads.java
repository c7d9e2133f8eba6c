package cases.nondeterministic_time;

import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: now() of every java.time type, in every overload (no argument, ZoneId, Clock),
 * and the system clocks, called in handleRequest. A system clock passed to now(Clock) is a
 * second finding on the same line.
 */
public class JavaTimeNowOverloads extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        ZoneId utc = ZoneId.of("UTC"); // ok: nondeterministic-time -- a named zone is a constant
        Clock fixed = Clock.fixed(java.time.Instant.EPOCH, ZoneOffset.UTC); // ok: nondeterministic-time -- a fixed clock never moves

        LocalDate today = LocalDate.now(); // expect: nondeterministic-time
        LocalDateTime localNow = LocalDateTime.now(ZoneOffset.UTC); // expect: nondeterministic-time
        LocalTime timeOfDay = LocalTime.now(Clock.systemUTC()); // expect: nondeterministic-time
        LocalTime fixedTime = LocalTime.now(fixed); // ok: nondeterministic-time -- now(Clock) reads the given clock; system clocks are reported where they are obtained
        OffsetDateTime offsetNow = OffsetDateTime.now(utc); // expect: nondeterministic-time
        OffsetTime offsetTime = OffsetTime.now(); // expect: nondeterministic-time
        ZonedDateTime zonedNow = ZonedDateTime.now(ZoneId.systemDefault()); // expect: nondeterministic-time, nondeterministic-time
        Year year = Year.now(); // expect: nondeterministic-time
        YearMonth month = YearMonth.now(utc); // expect: nondeterministic-time
        MonthDay monthDay = MonthDay.now(); // expect: nondeterministic-time

        Clock defaultZoneClock = Clock.systemDefaultZone(); // expect: nondeterministic-time
        Clock zonedClock = Clock.system(utc); // expect: nondeterministic-time
        Clock secondsClock = Clock.tickSeconds(ZoneOffset.UTC); // expect: nondeterministic-time
        Clock minutesClock = Clock.tickMinutes(utc); // expect: nondeterministic-time
        Clock millisClock = Clock.tickMillis(utc); // expect: nondeterministic-time
        Clock coarse = Clock.tick(Clock.systemUTC(), Duration.ofSeconds(10)); // expect: nondeterministic-time, nondeterministic-time
        InstantSource source = InstantSource.system(); // expect: nondeterministic-time

        Clock offsetFixed = Clock.offset(fixed, Duration.ofHours(1)); // ok: nondeterministic-time -- offset of a fixed clock is fixed

        String summary = context.step("summarise-day", String.class, step -> input.toUpperCase());

        return summary
                + today
                + localNow
                + timeOfDay
                + fixedTime
                + offsetNow
                + offsetTime
                + zonedNow
                + year
                + month
                + monthDay
                + defaultZoneClock.getZone()
                + zonedClock.getZone()
                + secondsClock.getZone()
                + minutesClock.getZone()
                + millisClock.getZone()
                + coarse.getZone()
                + source.getClass().getSimpleName()
                + offsetFixed.getZone();
    }
}
