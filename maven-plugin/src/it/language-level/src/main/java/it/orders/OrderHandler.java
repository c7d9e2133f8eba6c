package it.orders;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Written for Java 17 (a record) in a module built for Java 11. */
public class OrderHandler extends DurableHandler<String, String> {

    record Quote(String sku, int cents) {
    }

    @Override
    public String handleRequest(String sku, DurableContext context) {
        return context.step("quote", String.class, step -> new Quote(sku, 100).toString());
    }
}
