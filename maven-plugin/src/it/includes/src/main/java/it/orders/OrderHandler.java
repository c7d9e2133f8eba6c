package it.orders;

import java.time.Instant;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Reads the clock outside any step. */
public class OrderHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        Instant received = Instant.now();
        return context.step("confirm", String.class, step -> orderId + received);
    }
}
