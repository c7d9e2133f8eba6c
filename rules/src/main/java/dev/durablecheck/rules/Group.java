package dev.durablecheck.rules;

/** The groups of the rule catalog, as RULES.md names them. */
public final class Group {

    public static final String NONDETERMINISM = "A. Non-determinism and side effects in orchestration code";

    public static final String REPLAY_STRUCTURE = "B. Replay structure";

    private Group() {
    }
}
