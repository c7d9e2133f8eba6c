package dev.durablecheck.core.model;

import java.util.Set;

/**
 * The function argument of a durable operation.
 *
 * @param argument index of the body among the call's arguments
 * @param kind whether the body is a step body or orchestration code with its own context
 * @param contextParameter index of the body's parameter that receives a context
 * @param itemParameter index of the body's parameter that receives one element of the
 *     operation's items argument, or {@code -1}
 * @param stableParameters indexes of the body's parameters whose values are the same on every
 *     replay, such as a map function's item and index or a retry's attempt number
 */
public record OperationBody(int argument, BodyKind kind, int contextParameter, int itemParameter,
                            Set<Integer> stableParameters) {

    public OperationBody {
        stableParameters = Set.copyOf(stableParameters);
    }
}
