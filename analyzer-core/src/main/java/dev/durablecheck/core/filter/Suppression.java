package dev.durablecheck.core.filter;

/**
 * Why a finding is not reported: a suppression written in the source.
 *
 * @param justification the reason given with a comment suppression, or the annotation as written
 */
public record Suppression(Kind kind, String justification) {

    /** How the suppression is written. */
    public enum Kind {
        /** {@code @SuppressWarnings("durable:<rule-id>")} on an enclosing declaration. */
        ANNOTATION,
        /** {@code // durable-check:ignore <rule-id> -- <reason>} on the line or the line above. */
        COMMENT
    }
}
