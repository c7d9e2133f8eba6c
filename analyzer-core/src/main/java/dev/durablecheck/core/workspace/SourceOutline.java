package dev.durablecheck.core.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a file's text shows of its types without parsing it: the names it declares types under and
 * the names in its supertype clauses. Comments and literals are skipped. It over-approximates
 * (nested and local types count, and so do type-parameter bounds), which is safe: it only decides
 * which files a search parses.
 *
 * @param declaredTypes simple names after {@code class}, {@code interface}, {@code enum} and {@code record}, in order
 * @param supertypeNames identifiers of the {@code extends} and {@code implements} clauses of types and of
 *     type-parameter bounds, type arguments included
 * @param annotationNames simple names of the annotations written anywhere in the file (the last
 *     identifier of {@code @a.b.Name})
 */
public record SourceOutline(List<String> declaredTypes, Set<String> supertypeNames, Set<String> annotationNames) {

    public static final SourceOutline EMPTY = new SourceOutline(List.of(), Set.of(), Set.of());

    public static SourceOutline of(String text) {
        List<String> declared = new ArrayList<>();
        Set<String> supertypes = new LinkedHashSet<>();
        Set<String> annotations = new LinkedHashSet<>();
        boolean annotationFollows = false;
        // The name of an annotation being read: its identifiers so far end with this one.
        String annotation = null;
        boolean afterDot = false;
        boolean nameFollows = false;
        boolean inClause = false;
        // A bound such as <T extends Base> ends with its type parameter: at a ',' or a '>' at its depth.
        int angles = 0;
        int clauseAngles = 0;
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
            } else if (isIdentifierStart(c)) {
                int start = i;
                do {
                    i++;
                } while (i < length && isIdentifierPart(text.charAt(i)));
                if (annotation != null && afterDot) {
                    annotation = text.substring(start, i);
                    afterDot = false;
                    continue;
                }
                if (annotation != null) {
                    annotations.add(annotation);
                    annotation = null;
                }
                if (annotationFollows) {
                    annotationFollows = false;
                    if (!isWord(text, start, i, "interface")) {
                        annotation = text.substring(start, i);
                        continue;
                    }
                }
                if (nameFollows) {
                    declared.add(text.substring(start, i));
                    nameFollows = false;
                } else if (!afterDot && isDeclaring(text, start, i)) {
                    nameFollows = true;
                } else if (!afterDot && (isWord(text, start, i, "extends") || isWord(text, start, i, "implements"))) {
                    inClause = true;
                    clauseAngles = angles;
                } else if (inClause) {
                    supertypes.add(text.substring(start, i));
                }
                afterDot = false;
            } else {
                if (c > ' ' && !Character.isWhitespace(c)) {
                    if (annotation != null && c != '.') {
                        annotations.add(annotation);
                        annotation = null;
                    }
                    annotationFollows = c == '@';
                    afterDot = c == '.';
                    nameFollows = false;
                    switch (c) {
                        case '<' -> angles++;
                        case '>' -> {
                            angles = Math.max(0, angles - 1);
                            inClause &= angles >= clauseAngles;
                        }
                        case ',' -> inClause &= clauseAngles == 0 || angles > clauseAngles;
                        case '{', ';', '(', ')', '=' -> {
                            // Where a declaration's header ends or an expression starts: no clause and no type arguments span it.
                            angles = 0;
                            inClause = false;
                        }
                        default -> {
                        }
                    }
                }
                i++;
            }
        }
        if (annotation != null) {
            annotations.add(annotation);
        }
        return new SourceOutline(List.copyOf(declared), Set.copyOf(supertypes), Set.copyOf(annotations));
    }

    private static boolean isIdentifierStart(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
                : Character.isJavaIdentifierStart(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                : Character.isJavaIdentifierPart(c);
    }

    private static boolean isDeclaring(String text, int start, int end) {
        return isWord(text, start, end, "class") || isWord(text, start, end, "interface")
                || isWord(text, start, end, "enum") || isWord(text, start, end, "record");
    }

    /**
     * Whether the word at {@code [start, end)} is {@code keyword}, without copying it (most words are
     * not) or iterating a list (each iterator is an allocation, one per word of every file).
     */
    private static boolean isWord(String text, int start, int end, String keyword) {
        return keyword.length() == end - start && text.startsWith(keyword, start);
    }

    private static int endOfLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** The index after a string, character or text-block literal starting at {@code from}; an unclosed one ends with its line. */
    private static int endOfLiteral(String text, int from) {
        char quote = text.charAt(from);
        if (quote == '"' && text.startsWith("\"\"\"", from)) {
            for (int i = from + 3; i < text.length(); i++) {
                if (text.charAt(i) == '\\') {
                    i++;
                } else if (text.startsWith("\"\"\"", i)) {
                    return i + 3;
                }
            }
            return text.length();
        }
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
