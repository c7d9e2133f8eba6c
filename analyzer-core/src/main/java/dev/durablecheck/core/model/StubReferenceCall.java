package dev.durablecheck.core.model;

/**
 * A runtime method that calls the stub method given to it as a method reference, as Temporal's
 * {@code Async.function(activities::charge, id)} starts the activity: such a call is the stub's
 * operation.
 *
 * @param argument index of the method reference among the call's arguments
 */
public record StubReferenceCall(String receiver, String method, int argument) {
}
