package dev.durablecheck.bench;

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
}
