package dev.durablecheck.rules.replay;

/**
 * Whether a value is the same on every replay, and if not, the source that makes it differ.
 *
 * @param reason the source, phrased for a message ("'Instant.now()'"); empty when stable
 */
record Provenance(Stability stability, String reason) {

    /** Ordered from best to worst: joining keeps the worst. */
    enum Stability { STABLE, UNKNOWN, UNSTABLE }

    static final Provenance STABLE = new Provenance(Stability.STABLE, "");

    static Provenance unknown(String reason) {
        return new Provenance(Stability.UNKNOWN, reason);
    }

    static Provenance unstable(String reason) {
        return new Provenance(Stability.UNSTABLE, reason);
    }

    /** The worse of the two; on a tie this one, so that the first source found is the one named. */
    Provenance join(Provenance other) {
        return other.stability.ordinal() > stability.ordinal() ? other : this;
    }
}
