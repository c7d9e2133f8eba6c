package dev.durablecheck.core.filter;

/**
 * Why a finding is not reported: a suppression written in the source or in the configuration.
 *
 * @param justification the reason given with a comment or configuration suppression, or the
 *     annotation as written
 */
public record Suppression(Kind kind, String justification) {

    /** How the suppression is written. */
    public enum Kind {
        /** {@code @SuppressWarnings("durable:<rule-id>")} on an enclosing declaration. */
        ANNOTATION,
        /** {@code // durable-check:ignore <rule-id> -- <reason>} on the line or the line above. */
        COMMENT,
        /** A {@code suppress} entry of {@code durable-check.json} naming the rule and the file. */
        CONFIGURATION
    }

    /** Whether it is written in the source, rather than kept apart from it in the configuration. */
    public boolean isInSource() {
        return kind != Kind.CONFIGURATION;
    }
}
