package cases.parent_context_in_child;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;

/**
 * Scenario: a payment workflow object that keeps the handler's context in a field, and
 * withRetry bodies that use an enclosing context instead of the retry context they receive. A
 * context held in a field is still a parent context inside a child or retry body. The retry
 * and child contexts' own parameters, and the field's context used outside any body, are
 * silent.
 */
public class ContextHeldInFieldAndWithRetryBodies {

    private final DurableContext root;

    public ContextHeldInFieldAndWithRetryBodies(DurableContext root) {
        this.root = root;
    }

    public String settle(String paymentId) {
        String charged = root.withRetry("charge-card", (attempt, retryCtx) -> {
            String auth = retryCtx.step("authorise", String.class, stepCtx -> "auth-" + paymentId); // ok: parent-context-in-child -- the retry body's own context
            return root.step("capture", String.class, stepCtx -> auth); // expect: parent-context-in-child
        });

        String refund = root.withRetry("refund-check", (attempt, retryCtx) -> retryCtx.invoke("refund-lookup", "refund-function", paymentId, String.class)); // ok: parent-context-in-child -- the retry body's own context

        String booked = root.runInChildContext("book-ledger", String.class, ledger -> {
            String debit = ledger.step("ledger-debit", String.class, stepCtx -> "debit"); // ok: parent-context-in-child -- the child's own context
            String credit = root.step("ledger-credit", String.class, stepCtx -> "credit"); // expect: parent-context-in-child
            return debit + credit;
        });

        return root.step("settle-receipt", String.class, stepCtx -> charged + refund + booked); // ok: parent-context-in-child -- the field's context outside any child body
    }

    public String pollBank(String paymentId, DurableContext context) {
        return context.withRetryAsync("poll-bank", (attempt, retryCtx) -> {
            String status = context.step("bank-status", String.class, stepCtx -> "status-" + paymentId); // expect: parent-context-in-child
            retryCtx.wait("bank-backoff", Duration.ofSeconds(5)); // ok: parent-context-in-child -- the retry body's own context
            return status;
        }).get();
    }
}
