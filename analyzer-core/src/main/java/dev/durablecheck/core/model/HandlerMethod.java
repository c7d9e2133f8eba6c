package dev.durablecheck.core.model;

/**
 * The method a runtime calls on a user's handler class, such as
 * {@code DurableHandler.handleRequest(I input, DurableContext context)}.
 *
 * @param type the runtime's handler base type
 * @param inputParameter index of the parameter that receives the execution's input, the same on
 *     every replay
 */
public record HandlerMethod(String type, String method, int arity, int inputParameter) {
}
