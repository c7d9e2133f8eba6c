package it.orders;

import it.helpers.Stamps;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Calls a helper of the sibling module outside any step. */
public class OrderHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        String stamped = Stamps.stamp(orderId);
        return context.step("confirm", String.class, step -> stamped);
    }
}
