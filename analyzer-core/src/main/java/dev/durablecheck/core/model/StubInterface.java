package dev.durablecheck.core.model;

/**
 * Durable operations made through a stub, as Temporal makes activities and child workflows: every
 * method called on a receiver whose type is an interface annotated {@code annotation}
 * ({@code @ActivityInterface}) is an operation of {@code family}, without a name argument.
 */
public record StubInterface(String annotation, String family) {
}
