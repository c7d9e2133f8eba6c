package dev.durablecheck.core.rule;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.resolve.MemberTarget;

import java.util.List;

/**
 * A member access that orchestration code runs: written there directly, or reached through calls
 * into project methods.
 *
 * @param node where a finding goes: the access itself, or for a reached access the call in
 *     orchestration code through which it is reached (where a step would go)
 * @param target the member accessed
 * @param sink the access itself, possibly in another file
 * @param chain for a reached access, the calls from {@code node} down to {@code sink}, the sink
 *     last; empty for a direct access
 */
public record MemberSite(Node node, MemberTarget target, Node sink, List<CallHop> chain) {

    public MemberSite {
        chain = List.copyOf(chain);
    }

    /** An access written directly in orchestration code. */
    public static MemberSite direct(Node node, MemberTarget target) {
        return new MemberSite(node, target, node, List.of());
    }

    public boolean isReached() {
        return !chain.isEmpty();
    }
}
