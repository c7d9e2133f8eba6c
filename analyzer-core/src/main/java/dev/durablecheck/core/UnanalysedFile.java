package dev.durablecheck.core;

import java.nio.file.Path;

/**
 * A durable file the run could not analyse in full: it could not be parsed ({@code parse-error}),
 * or its analysis did not complete ({@code analysis-incomplete}). Listed whether or not its
 * finding was suppressed or baselined, because the file still went unchecked.
 *
 * @param ruleId the built-in id its finding carries
 * @param range where its finding is
 * @param reason what happened, in a few words
 */
public record UnanalysedFile(Path file, String ruleId, TextRange range, String reason) {

    /** The file of {@code finding}, which reports it, not analysed for {@code reason}. */
    static UnanalysedFile of(Finding finding, String reason) {
        return new UnanalysedFile(finding.file(), finding.ruleId(), finding.range(), reason);
    }

    /** Whether the analyzer itself gave up on the file, rather than the file being unreadable or broken. */
    public boolean isIncomplete() {
        return ruleId.equals(IncompleteAnalysis.DESCRIPTOR.id());
    }
}
