package dev.durablecheck.core.rule;

import java.util.regex.Pattern;

/**
 * A help page's Markdown as plain text, for readers that show text verbatim (SARIF
 * {@code help.text}): headings, emphasis, inline-code ticks and fences go, a link keeps its text
 * and its target, and code blocks stay as indented lines.
 */
final class PlainText {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    // A code span may wrap onto the next line of its paragraph.
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private PlainText() {
    }

    /** A whole page: prose without Markdown, fenced code indented by four spaces. */
    static String of(String markdown) {
        StringBuilder text = new StringBuilder();
        StringBuilder prose = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\\R", -1)) {
            if (line.startsWith("```")) {
                if (!inCode) {
                    text.append(inline(prose.toString()));
                    prose.setLength(0);
                }
                inCode = !inCode;
            } else if (inCode) {
                text.append("    ").append(line).append('\n');
            } else {
                prose.append(line).append('\n');
            }
        }
        text.append(inline(prose.toString()));
        return text.toString().stripTrailing() + "\n";
    }

    /** Prose: no headings, emphasis or ticks; links as their text and target. */
    static String inline(String prose) {
        String text = HEADING.matcher(prose).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1 ($2)");
        text = STRONG.matcher(text).replaceAll("$1");
        return CODE.matcher(text).replaceAll("$1");
    }
}
