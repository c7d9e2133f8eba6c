package cases.nondeterministic_time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: clock reads inside step bodies (lambda, anonymous class, waitForCallback
 * submitter, waitForCondition check, a stream lambda nested in a step). Their results are
 * checkpointed, so nothing is reported.
 */
public class NowInsideStepIsSilent extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Instant startedAt = context.step("started-at", Instant.class, step -> Instant.now()); // ok: nondeterministic-time -- step body

        Long millis = context.step("clock-millis", Long.class, step -> {
            long now = System.currentTimeMillis(); // ok: nondeterministic-time -- inside the step body
            long nanos = System.nanoTime(); // ok: nondeterministic-time -- inside the step body
            return now + nanos % 1000;
        });

        Long calendarYear = context.step("calendar-year", Long.class, new Function<StepContext, Long>() {
            @Override
            public Long apply(StepContext step) {
                Calendar calendar = Calendar.getInstance(); // ok: nondeterministic-time -- anonymous step body
                return (long) calendar.get(Calendar.YEAR) + new Date().getTime(); // ok: nondeterministic-time -- anonymous step body
            }
        });

        DurableFuture<String> today = context.stepAsync("today-async", String.class, step -> LocalDate.now().toString()); // ok: nondeterministic-time -- async step body

        String approval = context.waitForCallback("approval", String.class, (callbackId, step) -> {
            Instant sentAt = Instant.now(); // ok: nondeterministic-time -- callback submitter runs as a step
            step.getLogger().info("sending " + callbackId + " at " + sentAt);
        });

        Long polled = context.waitForCondition("poll-clock", Long.class, (state, step) -> {
            long now = System.currentTimeMillis(); // ok: nondeterministic-time -- condition check runs as a step
            return now > 0 ? WaitForConditionResult.stopPolling(now) : WaitForConditionResult.continuePolling(now);
        });

        String stamps = context.step("stream-in-step", String.class, step -> List.of("a", "b").stream()
                .map(letter -> letter + System.nanoTime()) // ok: nondeterministic-time -- lambda nested in a step body
                .collect(Collectors.joining(",")));

        return input + startedAt + millis + calendarYear + today.get() + approval + polled + stamps;
    }
}
