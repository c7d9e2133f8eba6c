package it.orders;

import java.time.Instant;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Reads the clock inside a step, as the SDK documentation recommends. */
public class OrderHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        Instant placed = context.step("placed-at", Instant.class, step -> Instant.now());
        context.getLogger().info("order {} placed at {}", orderId, placed);
        return orderId + "@" + placed;
    }
}
