package dev.durablecheck.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the analysed files as excerpts show them, each file read once. A file that cannot
 * be read has no lines, so that an excerpt is left out rather than the report failing.
 */
final class SourceLines {

    private final Map<Path, List<String>> lines = new HashMap<>();

    /** The lines of {@code file}; empty when it cannot be read. */
    List<String> of(Path file) {
        return lines.computeIfAbsent(file, SourceLines::read);
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream().map(SourceLines::utf8).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Lines are read byte for byte, then decoded as UTF-8, so that no file makes the excerpt fail. */
    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
