package dev.durablecheck.core.region;

/** How the runtime executes a piece of code. */
public enum RegionKind {
    /** Replayed from the top on every invocation: must do the same thing every time. */
    ORCHESTRATION,
    /** Runs once per attempt; replay returns its checkpointed result instead of running it. */
    STEP_BODY,
    /**
     * An implementation of work the runtime runs once, apart from orchestration, and never replays
     * (a Temporal activity): anything goes there but the runtime's own operations.
     */
    ACTIVITY,
    /** Neither, as far as this file shows: ordinary code, constructors, initialisers. */
    OTHER
}
