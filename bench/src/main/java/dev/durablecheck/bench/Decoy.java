package dev.durablecheck.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A line that holds a look-alike of a hazard that no replay-aware tool may report: a clock read or a
 * random UUID inside a step body, or in an ordinary method that orchestration code never reaches.
 */
record Decoy(String file, int line, String what, String why) {

    static final String HEADER = "# file\tline\twhat\twhy";

    String toTsv() {
        return file + '\t' + line + '\t' + what + '\t' + why;
    }

    static Decoy fromTsv(String row) {
        String[] f = row.split("\t", -1);
        return new Decoy(f[0], Integer.parseInt(f[1]), f[2], f[3]);
    }

    /** Writes {@code decoys.tsv}: the header, then one look-alike a line. */
    static void write(Path tsv, List<Decoy> decoys) throws IOException {
        try (Writer out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (Decoy d : decoys) {
                out.write(d.toTsv() + "\n");
            }
        }
    }
}
