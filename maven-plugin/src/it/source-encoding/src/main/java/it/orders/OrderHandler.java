package it.orders;

import java.time.Instant;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

// ’•¶‚Ìˆ—
public class OrderHandler extends DurableHandler<String, String> {
    @Override
    public String handleRequest(String input, DurableContext context) {
        String ’•¶ = System.getenv("’•¶"); Instant t = Instant.now();
        return context.step("confirm", String.class, step -> input + ’•¶ + t);
    }
}
