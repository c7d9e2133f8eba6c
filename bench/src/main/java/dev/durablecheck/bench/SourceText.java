package dev.durablecheck.bench;

/**
 * A Java source body built line by line, so that the generator knows the line of every statement it
 * plants. Lines are counted from the first line of the body; the generator adds the length of the
 * package and import header once the imports are known.
 */
final class SourceText {

    private final StringBuilder text = new StringBuilder(4096);
    private int lines;

    /** Appends one line (without its line feed) and returns its 1-based number in this body. */
    int line(String line) {
        text.append(line).append('\n');
        return ++lines;
    }

    /** Appends every line of a block (one trailing line feed ignored); returns the number of its first line. */
    int block(String block) {
        int first = lines + 1;
        String body = block.endsWith("\n") ? block.substring(0, block.length() - 1) : block;
        for (String line : body.split("\n", -1)) {
            line(line);
        }
        return first;
    }

    void blank() {
        line("");
    }

    /** The number the next line will have. */
    int nextLine() {
        return lines + 1;
    }

    int lineCount() {
        return lines;
    }

    String text() {
        return text.toString();
    }
}
