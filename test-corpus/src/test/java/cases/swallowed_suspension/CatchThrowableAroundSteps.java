package cases.swallowed_suspension;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.exception.StepFailedException;

/**
 * Scenario: handleRequest wraps steps, waits and invokes in try blocks that catch Throwable or
 * Error and carry on with a fallback. The SDK suspends an execution by throwing
 * SuspendExecutionException (an Error) out of the operation; the fallback turns "suspend and
 * resume later" into "continue now with the wrong value". Catching Exception or a step
 * exception, and handlers that rethrow, are silent.
 */
public class CatchThrowableAroundSteps extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        String reserved;
        try {
            reserved = context.step("reserve", String.class, stepCtx -> "reserved-" + orderId);
        } catch (Throwable t) { // expect: swallowed-suspension
            reserved = "not-reserved";
        }

        String charged;
        try {
            charged = context.step("charge", String.class, stepCtx -> "charged");
            context.wait("settle-delay", Duration.ofMinutes(5));
        } catch (Error e) { // expect: swallowed-suspension
            context.getLogger().error("charge failed", e);
            charged = "unpaid";
        }

        String archived;
        try {
            archived = context.step("archive", String.class, stepCtx -> "archived");
        } catch (Throwable t) { // expect: swallowed-suspension
            throw new IllegalStateException("archive failed for " + orderId, t);
        }

        String shipped;
        try {
            shipped = context.step("ship", String.class, stepCtx -> "shipped");
        } catch (StepFailedException e) { // ok: swallowed-suspension -- a step exception cannot be the suspend signal
            shipped = "manual-shipping";
        }

        String invoiced;
        try {
            invoiced = context.invoke("invoice", "invoice-function", orderId, String.class);
        } catch (Exception e) { // ok: swallowed-suspension -- Exception does not catch an Error
            invoiced = "invoice-later";
        }

        try {
            context.step("notify", String.class, stepCtx -> "notified");
        } catch (Throwable t) { // ok: swallowed-suspension -- the handler rethrows what it caught
            context.getLogger().error("notify failed", t);
            throw t;
        }

        try {
            context.wait("final-delay", Duration.ofSeconds(10));
        } catch (RuntimeException e) { // ok: swallowed-suspension -- RuntimeException does not catch an Error
            context.getLogger().warn("delay interrupted: {}", e.getMessage());
        }

        return reserved + charged + archived + shipped + invoiced;
    }
}
