package dev.durablecheck.core.parse;

import com.github.javaparser.Position;

import java.util.ArrayList;
import java.util.List;

/**
 * Offsets of a text as JavaParser's positions: lines end at CR LF, CR or LF, and every character,
 * a tab too, is one column.
 */
final class TextPositions {

    private TextPositions() {
    }

    /** The positions of {@code offsets}, which ascend. */
    static List<Position> of(String text, List<Integer> offsets) {
        List<Position> positions = new ArrayList<>(offsets.size());
        int line = 1;
        int lineStart = 0;
        int i = 0;
        for (int offset : offsets) {
            for (; i < offset; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            positions.add(new Position(line, offset - lineStart + 1));
        }
        return positions;
    }
}
