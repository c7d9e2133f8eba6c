package dev.durablecheck.core;

import java.nio.file.Path;

/**
 * A call in orchestration code whose target could not be resolved, so no rule could judge it.
 *
 * @param call the call as written, shortened
 * @param reason why it could not be resolved, for {@code --verbose} and the JSON report: what was
 *     not known ("the type of 'client' is not known")
 */
public record UnresolvedCall(Path file, TextRange range, String call, String reason) {

    /** Where the call is, as a key that sorts by file, line and column: one call reached twice is one entry. */
    public String positionKey() {
        return file + String.format(":%09d:%09d", range.beginLine(), range.beginColumn());
    }
}
