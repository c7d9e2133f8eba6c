package dev.durablecheck.core.model;

import java.util.Set;

/**
 * Orchestration entry points declared by a supertype whose methods carry no context parameter, as
 * Temporal's {@code DynamicWorkflow.execute}: every class with {@code type} among its supertypes
 * runs its implementations of {@code methods} as orchestration code.
 */
public record EntrySupertype(String type, Set<String> methods) {

    public EntrySupertype {
        methods = Set.copyOf(methods);
    }
}
