package it.legacy;

import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/** Draws an id outside any step; left out of the check by the includes. */
public class LegacyHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String id, DurableContext context) {
        String attempt = UUID.randomUUID().toString();
        return context.step("legacy", String.class, step -> id + attempt);
    }
}
