package it.orders;

import software.amazon.lambda.durable.DurableContext;

/** Half-edited: the method is never closed. */
class Broken {
    String run(DurableContext context) {
        return context.step("broken", String.class, step -> "x";
}
