package dev.durablecheck.core.reach;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.resolve.MemberTarget;

/**
 * The first step of a shortest way from a body to one sink it reaches.
 *
 * @param length calls between the body and the sink: 0 when the body holds the sink
 * @param rank the index of the edge taken among the body's edges, which breaks ties between
 *     equally short ways; -1 for a sink in the body itself
 * @param hop the sink itself, or the call taken
 * @param next the body the call runs, where the way goes on; {@code null} at the sink
 */
record Route(int length, int rank, CallHop hop, Node next, MemberTarget target) {

    /** Whether this way is shorter than {@code other}, or as short and through an earlier edge. */
    boolean isBetterThan(Route other) {
        return length < other.length || (length == other.length && rank < other.rank);
    }
}
