package dev.durablecheck.core.reach;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.resolve.MemberTarget;

import java.util.List;

/**
 * A member access that a body runs, directly or through the project methods it calls.
 *
 * @param sink the access itself, in whatever file it lies
 * @param hops the calls from the body down to the access, the access last
 */
public record ReachedAccess(Node sink, MemberTarget target, List<CallHop> hops) {

    public ReachedAccess {
        hops = List.copyOf(hops);
    }
}
