package dev.durablecheck.core.report;

import dev.durablecheck.core.TextRange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The source line of a finding with a caret line under the offending expression, for people
 * reading on a terminal. Control characters in the source are shown as {@code ?}, so a hostile
 * file cannot send escape sequences to the terminal.
 */
final class SourceExcerpt {

    private final SourceLines lines = new SourceLines();

    /** Two lines, the source and the carets; empty when the file cannot be read or the line is gone. */
    Optional<List<String>> of(Path file, TextRange range) {
        List<String> text = lines.of(file);
        if (range.beginLine() < 1 || range.beginLine() > text.size()) {
            return Optional.empty();
        }
        String source = TextReporter.printable(text.get(range.beginLine() - 1));
        int first = Math.max(1, range.beginColumn());
        int last = range.endLine() == range.beginLine() ? Math.max(first, range.endColumn()) : source.length();
        StringBuilder carets = new StringBuilder();
        for (int column = 1; column < first && column <= source.length(); column++) {
            // Keep tabs, so that the carets line up however the terminal shows them.
            carets.append(source.charAt(column - 1) == '\t' ? '\t' : ' ');
        }
        carets.append('^');
        carets.append("~".repeat(Math.max(0, Math.min(last, source.length()) - first)));
        return Optional.of(List.of(source, carets.toString()));
    }
}
