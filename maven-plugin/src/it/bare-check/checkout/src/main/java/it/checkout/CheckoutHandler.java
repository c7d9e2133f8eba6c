package it.checkout;

import it.pricing.Pricing;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Quotes in orchestration code: the clock read three modules down repeats on every replay. */
public class CheckoutHandler extends DurableHandler<String, String> {

    private final Pricing pricing = new Pricing();

    @Override
    public String handleRequest(String sku, DurableContext context) {
        String quote = pricing.quote(sku);
        return context.step("charge", String.class, step -> "charged " + quote);
    }
}
