package dev.durablecheck.core.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a file's text shows of its types without parsing it: the names it declares types under and
 * the names in its supertype clauses. Comments and literals are skipped. It over-approximates
 * (nested and local types count, and so do type-parameter bounds after {@code extends}), which is
 * safe: it only decides which files a search parses.
 *
 * @param declaredTypes simple names after {@code class}, {@code interface}, {@code enum} and {@code record}, in order
 * @param supertypeNames identifiers between {@code extends} or {@code implements} and the next {@code {} or {@code ;}
 */
public record SourceOutline(List<String> declaredTypes, Set<String> supertypeNames) {

    public static final SourceOutline EMPTY = new SourceOutline(List.of(), Set.of());

    private static final Set<String> DECLARING = Set.of("class", "interface", "enum", "record");
    private static final Set<String> SUPERTYPE_CLAUSE = Set.of("extends", "implements");

    public static SourceOutline of(String text) {
        List<String> declared = new ArrayList<>();
        Set<String> supertypes = new LinkedHashSet<>();
        boolean afterDot = false;
        boolean nameFollows = false;
        boolean inClause = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
                i = endOfLine(text, i);
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? length : close + 2;
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i);
                afterDot = false;
                nameFollows = false;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                do {
                    i++;
                } while (i < length && Character.isJavaIdentifierPart(text.charAt(i)));
                String word = text.substring(start, i);
                if (nameFollows) {
                    declared.add(word);
                    nameFollows = false;
                } else if (!afterDot && DECLARING.contains(word)) {
                    nameFollows = true;
                } else if (!afterDot && SUPERTYPE_CLAUSE.contains(word)) {
                    inClause = true;
                } else if (inClause) {
                    supertypes.add(word);
                }
                afterDot = false;
            } else {
                if (!Character.isWhitespace(c)) {
                    afterDot = c == '.';
                    nameFollows = false;
                    if (c == '{' || c == ';') {
                        inClause = false;
                    }
                }
                i++;
            }
        }
        return new SourceOutline(List.copyOf(declared), Set.copyOf(supertypes));
    }

    private static int endOfLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** The index after a string, character or text-block literal starting at {@code from}; an unclosed one ends with its line. */
    private static int endOfLiteral(String text, int from) {
        char quote = text.charAt(from);
        if (quote == '"' && text.startsWith("\"\"\"", from)) {
            int i = from + 3;
            while (i < text.length()) {
                if (text.charAt(i) == '\\') {
                    i += 2;
                } else if (text.startsWith("\"\"\"", i)) {
                    return i + 3;
                } else {
                    i++;
                }
            }
            return text.length();
        }
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
