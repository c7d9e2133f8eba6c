package dev.durablecheck.core.report;

import dev.durablecheck.core.TextRange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The source around a range as an HTML {@code <pre>}: a few numbered lines of context, the lines
 * of the range marked, and the range itself in {@code <mark>}. Columns are counted in characters,
 * as the parser counts them with its default tab size of one.
 */
final class HtmlExcerpt {

    /** Lines shown before and after the range, enough to see the statement it is in. */
    static final int CONTEXT = 2;
    /** A range longer than this (a whole lambda, say) is cut, so that one finding stays on one screen. */
    static final int MAX_RANGE_LINES = 8;

    private final SourceLines lines = new SourceLines();

    /** The excerpt; empty when the file cannot be read or no longer has the range's first line. */
    Optional<String> of(Path file, TextRange range) {
        List<String> text = lines.of(file);
        int begin = range.beginLine();
        if (begin < 1 || begin > text.size()) {
            return Optional.empty();
        }
        int end = Math.min(Math.max(begin, range.endLine()), text.size());
        int lastMarked = Math.min(end, begin + MAX_RANGE_LINES - 1);
        int last = lastMarked < end ? lastMarked : Math.min(text.size(), end + CONTEXT);
        StringBuilder html = new StringBuilder("<pre class=\"excerpt\">");
        for (int number = Math.max(1, begin - CONTEXT); number <= last; number++) {
            String line = text.get(number - 1);
            boolean marked = number >= begin && number <= lastMarked;
            html.append("<span class=\"line").append(marked ? " hit" : "").append("\" data-line=\"").append(number).append("\">")
                    .append("<span class=\"ln\">").append(number).append("</span>");
            if (marked) {
                int from = number == begin ? clamp(range.beginColumn() - 1, line) : 0;
                int to = number == range.endLine() ? clamp(range.endColumn(), line) : line.length();
                to = Math.max(from, to);
                html.append(HtmlEscape.of(line.substring(0, from)))
                        .append("<mark>").append(HtmlEscape.of(line.substring(from, to))).append("</mark>")
                        .append(HtmlEscape.of(line.substring(to)));
            } else {
                html.append(HtmlEscape.of(line));
            }
            html.append("</span>\n");
        }
        if (lastMarked < end) {
            html.append("<span class=\"line cut\"><span class=\"ln\">\u22ee</span>")
                    .append(end - lastMarked).append(" more lines of the expression</span>\n");
        }
        return Optional.of(html.append("</pre>").toString());
    }

    /** A column as an index into {@code line}, for a line shorter than the range says (an edited or oddly decoded file). */
    private static int clamp(int index, String line) {
        return Math.max(0, Math.min(index, line.length()));
    }
}
