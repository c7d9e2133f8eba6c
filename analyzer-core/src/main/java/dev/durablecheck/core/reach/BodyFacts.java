package dev.durablecheck.core.reach;

import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.UnresolvedCall;

import java.util.List;

/**
 * What one body does by itself, found in one walk of it: the accesses rules may report, the calls
 * into project bodies, and the calls that could not be resolved. What it reaches through those
 * calls is its {@link Summary}.
 *
 * @param sinks accesses written in the body that some rule reports, in source order
 * @param edges every project body each call can run, calls in source order and each call's
 *     implementations in order; an edge's index is its rank when chains tie
 */
record BodyFacts(List<ReachedAccess> sinks, List<Edge> edges, List<UnresolvedCall> unresolved) {

    BodyFacts {
        sinks = List.copyOf(sinks);
        edges = List.copyOf(edges);
        unresolved = List.copyOf(unresolved);
    }

    /**
     * A call and one body it can run.
     *
     * @param hop the call as a chain shows it: {@code Progress.report(i, rows) -> Progress.report(int, int)}
     */
    record Edge(CallHop hop, Implementation target) {
    }
}
