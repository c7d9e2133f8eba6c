package dev.durablecheck.core.workspace;

/**
 * What a scan of Java source needs to step over without a lexer: comments, literals and
 * identifiers. For the scans that read a file's shape from its text ({@link SourceOutline}, and
 * the method bodies a context file's parse defers).
 */
public final class SourceChars {

    private SourceChars() {
    }

    public static boolean isIdentifierStart(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
                : Character.isJavaIdentifierStart(c);
    }

    public static boolean isIdentifierPart(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                : Character.isJavaIdentifierPart(c);
    }

    /** The index after the identifier starting at {@code from}. */
    public static int endOfIdentifier(String text, int from) {
        int i = from + 1;
        while (i < text.length() && isIdentifierPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The index after the comment or literal starting at {@code from}, or {@code from} when none
     * starts there. An unclosed block comment or text block ends the text; an unclosed string or
     * character literal ends with its line.
     */
    public static int endOfCommentOrLiteral(String text, int from) {
        char c = text.charAt(from);
        if (c == '/' && from + 1 < text.length()) {
            char next = text.charAt(from + 1);
            if (next == '/') {
                return endOfLine(text, from);
            }
            if (next == '*') {
                int close = text.indexOf("*/", from + 2);
                return close < 0 ? text.length() : close + 2;
            }
            return from;
        }
        return c == '"' || c == '\'' ? endOfLiteral(text, from) : from;
    }

    /** The index after the line break that ends the line of {@code from}, or the text's length. */
    public static int endOfLine(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    /** The index after a string, character or text-block literal starting at {@code from}; an unclosed one ends with its line. */
    public static int endOfLiteral(String text, int from) {
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

    /** Whether the word at {@code [start, end)} is one that declares a type: class, interface, enum or record. */
    public static boolean isTypeKeyword(String text, int start, int end) {
        return isWord(text, start, end, "class") || isWord(text, start, end, "interface")
                || isWord(text, start, end, "enum") || isWord(text, start, end, "record");
    }

    /**
     * Whether the word at {@code [start, end)} is {@code keyword}, without copying it (most words are
     * not) or iterating a list (each iterator is an allocation, one per word of every file).
     */
    public static boolean isWord(String text, int start, int end, String keyword) {
        return keyword.length() == end - start && text.startsWith(keyword, start);
    }
}
