package cases.nondeterministic_time;

import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.time.ZoneId;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: clock reads written directly in handleRequest. Every replay sees a new value,
 * so each call is reported where it is made.
 */
public class InstantNowInHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Instant started = Instant.now(); // expect: nondeterministic-time
        long startedMillis = System.currentTimeMillis(); // expect: nondeterministic-time
        long startedNanos = System.nanoTime(); // expect: nondeterministic-time

        var deadline = Instant.now().plusSeconds(300); // expect: nondeterministic-time

        String processed = context.step("process-order", String.class, step -> input.trim());

        long elapsedNanos = System.nanoTime() - startedNanos; // expect: nondeterministic-time
        long spread = System.currentTimeMillis() - System.nanoTime(); // expect: nondeterministic-time, nondeterministic-time

        Date legacyNow = new Date(); // expect: nondeterministic-time
        Calendar calendar = Calendar.getInstance(); // expect: nondeterministic-time
        GregorianCalendar gregorian = new GregorianCalendar(); // expect: nondeterministic-time
        ZoneId zone = ZoneId.systemDefault(); // expect: nondeterministic-time
        TimeZone timeZone = TimeZone.getDefault(); // expect: nondeterministic-time

        return processed
                + started
                + startedMillis
                + deadline
                + elapsedNanos
                + spread
                + legacyNow.getTime()
                + calendar.get(Calendar.YEAR)
                + gregorian.get(Calendar.MONTH)
                + zone.getId()
                + timeZone.getID();
    }
}
