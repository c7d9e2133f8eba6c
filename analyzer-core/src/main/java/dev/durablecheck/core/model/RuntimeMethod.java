package dev.durablecheck.core.model;

import java.util.List;

/**
 * A method of the runtime that the profile gives a meaning to, named by the type that declares it:
 * {@code DurableFuture#get} waits for an operation's result, {@code DurableContext#isReplaying}
 * tells replay apart. It also stands for the method on every subtype.
 */
public record RuntimeMethod(String receiver, String method) {

    /** Whether a call of {@code name} on a receiver whose supertypes are {@code receiverAncestors} is this method. */
    boolean matches(List<String> receiverAncestors, String name) {
        return method.equals(name) && receiverAncestors.contains(receiver);
    }
}
