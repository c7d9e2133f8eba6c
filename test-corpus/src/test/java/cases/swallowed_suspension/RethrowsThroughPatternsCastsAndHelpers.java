package cases.swallowed_suspension;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.execution.SuspendExecutionException;

/**
 * Scenario: catches of Throwable around durable operations that rethrow the suspension the ways
 * code writes it: through a pattern variable bound from the caught throwable, as a cast, and
 * through a helper that always rethrows its argument or does so once more through another helper.
 * Each lets the suspension out, so none swallows it. A pattern of a type that does not cover the
 * suspension, a helper that only describes its argument, and a cast of another variable do not rethrow it.
 */
public class RethrowsThroughPatternsCastsAndHelpers extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        String a;
        try {
            a = context.step("a", String.class, s -> orderId);
        } catch (Throwable t) { // ok: swallowed-suspension -- the pattern variable s is the caught throwable, as the suspension type
            if (t instanceof SuspendExecutionException s) {
                throw s;
            }
            a = "fallback";
        }
        String b;
        try {
            b = context.step("b", String.class, s -> orderId);
        } catch (Throwable t) { // ok: swallowed-suspension -- the throwable rethrown as an Error
            if (t instanceof Error) {
                throw (Error) t;
            }
            b = "fallback";
        }
        String c;
        try {
            c = context.step("c", String.class, s -> orderId);
        } catch (Throwable t) { // ok: swallowed-suspension -- the helper always rethrows a suspension
            rethrowIfSuspension(t);
            c = "fallback";
        }
        String d;
        try {
            d = context.step("d", String.class, s -> orderId);
        } catch (Throwable t) { // ok: swallowed-suspension -- rethrown two helpers down
            Failures.handle(t);
            d = "fallback";
        }
        String e;
        try {
            e = context.step("e", String.class, s -> orderId);
        } catch (Throwable t) { // expect: swallowed-suspension
            if (t instanceof RuntimeException r) {
                throw r;
            }
            e = "fallback";
        }
        String f;
        try {
            f = context.step("f", String.class, s -> orderId);
        } catch (Throwable t) { // expect: swallowed-suspension
            Failures.note(t);
            f = "fallback";
        }
        return a + b + c + d + e + f;
    }

    private static void rethrowIfSuspension(Throwable failure) {
        if (failure instanceof SuspendExecutionException suspension) {
            throw suspension;
        }
    }

    /** Helpers for failures. */
    static final class Failures {

        private Failures() {
        }

        static void handle(Throwable failure) {
            Failures.escalate(failure);
        }

        static void escalate(Throwable failure) {
            if (failure instanceof Error error) {
                throw error;
            }
        }

        static String note(Throwable failure) {
            return failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
    }
}
