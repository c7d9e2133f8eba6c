package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.CallHop;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a value is the same on every replay, and if not, the source that makes it differ.
 *
 * @param reason the source, phrased for a message ("'Instant.now()'"); empty when stable
 * @param source the expression that makes an unstable value differ, or {@code null}
 * @param chain when the source lies in a method the value comes back from, the calls from the
 *     name down to it, the source last; empty when it lies where the name is built
 * @param via the call, where the name is built, that returned the unstable value; empty when the
 *     chain is
 */
record Provenance(Stability stability, String reason, Node source, List<CallHop> chain, String via) {

    /** Ordered from best to worst: joining keeps the worst. */
    enum Stability { STABLE, UNKNOWN, UNSTABLE }

    static final Provenance STABLE = new Provenance(Stability.STABLE, "", null, List.of(), "");

    Provenance {
        chain = List.copyOf(chain);
    }

    static Provenance unknown(String reason) {
        return new Provenance(Stability.UNKNOWN, reason, null, List.of(), "");
    }

    static Provenance unstable(String reason) {
        return new Provenance(Stability.UNSTABLE, reason, null, List.of(), "");
    }

    /** Unstable because of {@code source}, which a chain through a method can then point at. */
    static Provenance unstable(String reason, Node source) {
        return new Provenance(Stability.UNSTABLE, reason, source, List.of(), "");
    }

    /** How a message names the source: with the call that returned it, when there is one. */
    String describedSource() {
        return via.isEmpty() ? reason : reason + " (returned through '" + via + "')";
    }

    /** The worse of the two; on a tie this one, so that the first source found is the one named. */
    Provenance join(Provenance other) {
        return other.stability.ordinal() > stability.ordinal() ? other : this;
    }

    /**
     * This provenance of a method's result, seen at the call that returned it: the call comes first
     * in the chain, then the way down to the source.
     *
     * @param sourceHop where {@link #source} is, when the chain does not yet reach it
     * @param callText the call as the message quotes it
     */
    Provenance through(CallHop call, CallHop sourceHop, String callText) {
        if (stability != Stability.UNSTABLE) {
            return this;
        }
        List<CallHop> hops = new ArrayList<>();
        hops.add(call);
        if (!chain.isEmpty()) {
            hops.addAll(chain);
        } else if (sourceHop != null) {
            hops.add(sourceHop);
        }
        return new Provenance(stability, reason, source, hops, callText);
    }
}
