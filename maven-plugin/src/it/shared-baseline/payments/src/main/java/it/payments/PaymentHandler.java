package it.payments;

import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Draws an id outside any step: a finding accepted in the shared baseline. */
public class PaymentHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String paymentId, DurableContext context) {
        String attempt = UUID.randomUUID().toString();
        return context.step("charge", String.class, step -> paymentId + attempt);
    }
}
