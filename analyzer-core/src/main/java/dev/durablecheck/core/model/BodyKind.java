package dev.durablecheck.core.model;

/** What the body argument of a durable operation is when the runtime executes it. */
public enum BodyKind {
    /** Runs once per attempt; its result is checkpointed and replay returns it without running it. */
    STEP,
    /** Receives a child context and is replayed like the handler: orchestration code. */
    CHILD
}
