package dev.durablecheck.core.reach;

import dev.durablecheck.core.UnresolvedCall;

import java.util.List;
import java.util.Set;

/**
 * What running a body reaches: the member accesses rules may judge, and the calls that could not
 * be resolved on the way.
 *
 * @param cutAt bodies still being analysed higher up when a cycle was cut below; a result with
 *     cuts other than its own body is partial and is not cached
 */
record Effects(List<ReachedAccess> accesses, List<UnresolvedCall> unresolved, Set<String> cutAt) {

    static final Effects NONE = new Effects(List.of(), List.of(), Set.of());

    static Effects cut(String key) {
        return new Effects(List.of(), List.of(), Set.of(key));
    }
}
