package dev.durablecheck.core;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;

/**
 * Where an expression lies in its file: 1-based lines and columns, the end inclusive (the column
 * of its last character).
 */
public record TextRange(int beginLine, int beginColumn, int endLine, int endColumn) {

    /** The range of a parsed node, or line 1 when the parser recorded none. */
    public static TextRange of(Node node) {
        return node.getRange().map(TextRange::of).orElse(new TextRange(1, 1, 1, 1));
    }

    static TextRange of(Range range) {
        return new TextRange(range.begin.line, range.begin.column, range.end.line, range.end.column);
    }
}
