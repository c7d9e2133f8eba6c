package cases.reach;

import cases.reach.payments.CardGateway;
import cases.reach.payments.InvoiceGateway;
import cases.reach.payments.PaymentGateway;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a call through an interface dispatches to every implementation in the sources; one
 * of them mints a random id, so the call is reported, naming that implementation; calling the
 * clean implementation directly is silent.
 */
public class InterfaceWithTwoImplementations extends DurableHandler<Long, String> {

    private final PaymentGateway gateway;
    private final InvoiceGateway invoices = new InvoiceGateway();

    public InterfaceWithTwoImplementations(boolean card) {
        this.gateway = card ? new CardGateway() : new InvoiceGateway();
    }

    @Override
    public String handleRequest(Long cents, DurableContext context) {
        String charged = gateway.charge(cents); // expect: nondeterministic-uuid
        String invoiced = invoices.charge(cents); // ok: nondeterministic-uuid -- the clean implementation, called directly
        String safe = context.step("charge", String.class, s -> gateway.charge(cents)); // ok: nondeterministic-uuid -- inside a step body
        return charged + invoiced + safe;
    }
}
