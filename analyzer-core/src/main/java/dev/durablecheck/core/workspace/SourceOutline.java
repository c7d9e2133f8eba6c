package dev.durablecheck.core.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.durablecheck.core.workspace.SourceChars.endOfLine;
import static dev.durablecheck.core.workspace.SourceChars.endOfLiteral;
import static dev.durablecheck.core.workspace.SourceChars.isIdentifierPart;
import static dev.durablecheck.core.workspace.SourceChars.isIdentifierStart;
import static dev.durablecheck.core.workspace.SourceChars.isTypeKeyword;
import static dev.durablecheck.core.workspace.SourceChars.isWord;

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
                } else if (!afterDot && isTypeKeyword(text, start, i)) {
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
}
