package cases.swallowed_suspension;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.execution.DurableExecutionError;
import software.amazon.lambda.durable.execution.SuspendExecutionException;

/**
 * Scenario: catch clauses that name the SDK's own signal types (DurableExecutionError,
 * SuspendExecutionException) or include Error in a multi-catch, around durable operations,
 * without rethrowing. Handlers that rethrow the signal (also behind an instanceof test) and a
 * multi-catch of exceptions only are silent.
 */
public class SuspendSignalTypesAndMultiCatch extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String ticketId, DurableContext context) {
        String triaged;
        try {
            triaged = context.step("triage", String.class, stepCtx -> "triaged-" + ticketId);
        } catch (DurableExecutionError e) { // expect: swallowed-suspension
            triaged = "untriaged";
        }

        String assigned;
        try {
            assigned = context.invoke("assign", "assign-function", ticketId, String.class);
        } catch (SuspendExecutionException e) { // expect: swallowed-suspension
            assigned = "unassigned";
        }

        String answered;
        try {
            answered = context.waitForCallback("await-answer", String.class, (callbackId, stepCtx) -> stepCtx.getLogger().info("asked {}", callbackId));
        } catch (IllegalStateException | Error e) { // expect: swallowed-suspension
            answered = "no-answer";
        }

        String escalated;
        try {
            escalated = context.step("escalate", String.class, stepCtx -> "escalated");
        } catch (IllegalArgumentException | IllegalStateException e) { // ok: swallowed-suspension -- a multi-catch of exceptions only
            escalated = "not-escalated";
        }

        String closed;
        try {
            closed = context.step("close", String.class, stepCtx -> "closed");
        } catch (Throwable t) { // ok: swallowed-suspension -- rethrows the suspend signal before falling back
            if (t instanceof SuspendExecutionException) {
                throw t;
            }
            closed = "close-failed";
        }

        try {
            context.wait("survey-delay", Duration.ofHours(1));
        } catch (SuspendExecutionException e) { // ok: swallowed-suspension -- notes the suspension and rethrows it
            context.getLogger().info("suspending ticket {}", ticketId);
            throw e;
        }

        return triaged + assigned + answered + escalated + closed;
    }
}
