package it.orders;

import java.time.Instant;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Reads the clock in orchestration code: a different value on every replay. */
public class OrderHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        Instant placed = Instant.now();
        return context.step("confirm", String.class, step -> orderId + "@" + placed);
    }
}
