package cases.captured_state_mutation;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: step bodies write the handler's own instance fields and static fields. Replay skips
 * the bodies, so the fields keep whatever the last execution in this container left in them;
 * every such write is also a shared-mutable-state finding. Reads of constants and of final
 * fields, and locals inside the body, are silent.
 */
public class EnclosingHandlerAndStaticFieldsInStepBodies extends DurableHandler<String, String> {

    private static final String PREFIX = "inv-";
    private static int invoicesIssued;
    private String lastInvoice;
    private long totalCents;
    private final String currency;

    public EnclosingHandlerAndStaticFieldsInStepBodies() {
        this.currency = "EUR";
    }

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        String invoice = context.step("issue-invoice", String.class, stepCtx -> {
            String issued = PREFIX + orderId; // ok: captured-state-mutation -- reads a constant into a local
            lastInvoice = issued; // expect: captured-state-mutation, shared-mutable-state
            invoicesIssued++; // expect: captured-state-mutation, shared-mutable-state
            return issued;
        });

        Long added = context.step("add-to-total", Long.class, stepCtx -> {
            this.totalCents += 1250; // expect: captured-state-mutation, shared-mutable-state
            return 1250L;
        });

        Integer reset = context.step("reset-counter", Integer.class, stepCtx -> {
            EnclosingHandlerAndStaticFieldsInStepBodies.invoicesIssued = 0; // expect: captured-state-mutation, shared-mutable-state
            return 0;
        });

        return context.step("format-invoice", String.class, stepCtx -> {
            String label = invoice + " " + currency; // ok: captured-state-mutation -- reads a final field
            long cents = added;
            cents += reset; // ok: captured-state-mutation -- a local declared inside the step body
            return label + " " + cents;
        });
    }
}
