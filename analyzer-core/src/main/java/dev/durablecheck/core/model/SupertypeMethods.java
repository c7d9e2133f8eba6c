package dev.durablecheck.core.model;

import java.util.List;
import java.util.Set;

/**
 * Methods a runtime supertype declares, which every class with {@code type} among its supertypes
 * implements: Temporal's {@code DynamicWorkflow.execute} (an entry point) or
 * {@code DynamicActivity.execute} (code that is never replayed).
 */
public record SupertypeMethods(String type, Set<String> methods) {

    public SupertypeMethods {
        methods = Set.copyOf(methods);
    }

    /** Whether {@code method} of a class whose supertypes are {@code ancestors} is one of these. */
    boolean covers(List<String> ancestors, String method) {
        return methods.contains(method) && ancestors.contains(type);
    }
}
