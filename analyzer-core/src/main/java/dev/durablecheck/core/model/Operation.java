package dev.durablecheck.core.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One family of durable operations (for example {@code step} and {@code stepAsync} with all their
 * overloads) on one receiver type.
 *
 * @param receiver fully qualified type the operation is called on
 * @param family the family's name, for messages
 * @param methods method names of the family, each mapped to its return type or {@code null}
 *     when the return type is the caller's type argument
 * @param arities argument counts of the overloads; empty for any count
 * @param nameArgument index of the operation-name argument
 * @param itemsArgument index of the collection argument whose elements the body receives, or {@code -1}
 * @param body the function argument, or {@code null} for operations without one
 * @param distinctNames whether two operations of the family on one context should carry different
 *     names ({@code step}); {@code false} where one name is meant to recur (Temporal's
 *     {@code getVersion} change id)
 */
public record Operation(String receiver, String family, Map<String, String> methods,
                        Set<Integer> arities, int nameArgument, int itemsArgument, OperationBody body,
                        boolean distinctNames) {

    /** An operation whose names should differ, as most runtimes' are. */
    public Operation(String receiver, String family, Map<String, String> methods,
                     Set<Integer> arities, int nameArgument, int itemsArgument, OperationBody body) {
        this(receiver, family, methods, arities, nameArgument, itemsArgument, body, true);
    }

    public Optional<OperationBody> bodyArgument() {
        return Optional.ofNullable(body);
    }

    /** The declared return type of {@code method}, if it does not depend on a type argument. */
    public Optional<String> returnType(String method) {
        return Optional.ofNullable(methods.get(method));
    }

    boolean matches(String method, int arity) {
        return methods.containsKey(method) && (arities.isEmpty() || arities.contains(arity));
    }
}
