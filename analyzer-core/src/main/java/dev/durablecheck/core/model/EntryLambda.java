package dev.durablecheck.core.model;

/**
 * A call whose function argument is a whole handler, such as a test runner given a lambda
 * {@code (input, context) -> ...}: the lambda is orchestration code.
 */
public record EntryLambda(String receiver, String method, int argument, int contextParameter) {
}
