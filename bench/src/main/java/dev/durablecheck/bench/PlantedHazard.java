package dev.durablecheck.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One hazard the generator planted: the rule that must report it, where (the file relative to the tree
 * folder, and the line), and how: {@code depth} 0 is a direct hazard written in orchestration code;
 * depth N is a chained one, planted at the call in the handler whose chain reaches the offending call N
 * calls down in ordinary classes. {@code call} is text that is on the planted line (the offending call
 * itself, or for a chained hazard the call that starts the chain); {@code sink} is the offending API.
 */
record PlantedHazard(String file, int line, String rule, int depth, String call, String sink) {

    static final String HEADER = "# file\tline\trule\tkind\tcall\tsink";

    boolean direct() {
        return depth == 0;
    }

    String kind() {
        return depth == 0 ? "direct" : "chained(" + depth + ")";
    }

    String toTsv() {
        return file + '\t' + line + '\t' + rule + '\t' + kind() + '\t' + call + '\t' + sink;
    }

    static PlantedHazard fromTsv(String row) {
        String[] f = row.split("\t", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("not a planted hazard row: " + row);
        }
        int depth = f[3].equals("direct") ? 0 : Integer.parseInt(f[3].substring("chained(".length(), f[3].length() - 1));
        return new PlantedHazard(f[0], Integer.parseInt(f[1]), f[2], depth, f[4], f[5]);
    }

    static List<PlantedHazard> read(Path tsv) throws IOException {
        List<PlantedHazard> all = new ArrayList<>();
        for (String row : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!row.isBlank() && !row.startsWith("#")) {
                all.add(fromTsv(row));
            }
        }
        return all;
    }

    /** Writes {@code expected.tsv}: the header, then one hazard a line. */
    static void write(Path tsv, List<PlantedHazard> planted) throws IOException {
        try (Writer out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (PlantedHazard p : planted) {
                out.write(p.toTsv() + "\n");
            }
        }
    }
}
