package dev.durablecheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The side-by-side benchmark. For each tree named (a synthetic size or a real-shapes scenario, see
 * {@link BenchTree}): generates the tree (or reuses the one generated before with the same spec), then
 * runs, each in a cold child JVM on the same tree, the durable-check CLI
 * as shipped (the launcher {@code durable-check --format json --output FILE --exit-zero src/main/java},
 * with its JVM options) and with the JVM's defaults ({@code java -jar CLI ...}), {@link RawParse} and
 * {@link PmdBaseline}, measures whole-process wall time and peak RSS, scores durable-check and PMD
 * against the planted hazards and prints a Markdown section (also appended to the results file).
 * Both durable-check runs must write the same report, byte for byte, unless files were given up under
 * the per-file budget, which depends on timing.
 *
 * <p>Usage: {@code BenchmarkMain --cli-jar JAR --launcher SCRIPT [--cli-built COMMIT] [--trees DIR] [--runs N]
 * [--results FILE] [--jdk-src ZIP] TREE...} with trees {@code tiny small medium large large-50 jdk library};
 * {@code --jdk-src} names the src.zip the {@code jdk} scenario extracts (default: this JVM's). The launcher
 * runs the jar that {@code DURABLE_CHECK_JAR} names in this process's environment. The child JVMs for the
 * raw parse and PMD get this JVM's class path.
 */
public final class BenchmarkMain {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rule of the finding a file gets when its analysis did not finish. */
    private static final String GIVEN_UP = "analysis-incomplete";

    private final Path cliJar;
    private final Path launcher;
    /** where the CLI was built from (a commit), as bench/run tells */
    private final String built;
    private final Path trees;
    private final int runs;
    private final Path results;
    private final String classPath = System.getProperty("java.class.path");

    private BenchmarkMain(Path cliJar, Path launcher, String built, Path trees, int runs, Path results) {
        this.cliJar = cliJar;
        this.launcher = launcher;
        this.built = built;
        this.trees = trees;
        this.runs = runs;
        this.results = results;
    }

    public static void main(String[] args) throws Exception {
        Path cliJar = null;
        Path launcher = null;
        Path trees = Path.of("bench/target/trees");
        Path results = Path.of("bench/target/results.md");
        int runs = 1;
        String built = "unknown";
        Path jdkSources = JdkScenario.runningJdkSources();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cli-jar" -> cliJar = Path.of(args[++i]);
                case "--launcher" -> launcher = Path.of(args[++i]);
                case "--cli-built" -> built = args[++i];
                case "--trees" -> trees = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--jdk-src" -> jdkSources = Path.of(args[++i]);
                default -> names.add(args[i]);
            }
        }
        if (cliJar == null || !Files.isRegularFile(cliJar)) {
            throw new IllegalArgumentException("--cli-jar must name the durable-check all-jar (cli/target/durable-check-<version>.jar)");
        }
        if (launcher == null || !Files.isExecutable(launcher)) {
            throw new IllegalArgumentException("--launcher must name the durable-check launcher script");
        }
        if (names.isEmpty()) {
            names = List.of("small", "medium", "large", "large-50");
        }
        BenchmarkMain bench = new BenchmarkMain(cliJar.toAbsolutePath(), launcher.toAbsolutePath(), built, trees.toAbsolutePath(), runs, results.toAbsolutePath());
        for (String name : names) {
            bench.measure(BenchTree.named(name, jdkSources));
        }
    }

    private void measure(BenchTree named) throws Exception {
        String name = named.name();
        Path tree = trees.resolve(name);
        double generated = ensureTree(tree, named);
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(tree.resolve("tree.properties"))) {
            props.load(in);
        }
        List<PlantedHazard> planted = PlantedHazard.read(tree.resolve("expected.tsv"));
        List<Decoy> decoys = Files.readAllLines(tree.resolve("decoys.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(Decoy::fromTsv).toList();
        Path logs = Files.createDirectories(tree.resolve("runs"));
        Path sources = tree.resolve("src/main/java");

        List<ChildProcess.Run> dc = new ArrayList<>();
        List<ChildProcess.Run> dcDefaults = new ArrayList<>();
        List<ChildProcess.Run> raw = new ArrayList<>();
        List<ChildProcess.Run> pmd = new ArrayList<>();
        String loadBefore = loadAverage();
        Path dcJson = logs.resolve("durable-check.json");
        Path dcDefaultsJson = logs.resolve("durable-check-jvm-defaults.json");
        Path pmdTsv = logs.resolve("pmd.tsv");
        List<String> differing = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            // A report left by an earlier run must not pass for this run's.
            Files.deleteIfExists(dcJson);
            Files.deleteIfExists(dcDefaultsJson);
            System.err.printf(Locale.ROOT, "[%s] run %d/%d: durable-check%n", name, r, runs);
            dc.add(ChildProcess.run(List.of(launcher.toString(), "--format", "json", "--output",
                    dcJson.toString(), "--exit-zero", "src/main/java"), tree, logs.resolve("durable-check-" + r)));
            checkReport("durable-check", dc.get(dc.size() - 1), dcJson);
            System.err.printf(Locale.ROOT, "[%s] run %d/%d: durable-check, java -jar with the JVM's defaults%n", name, r, runs);
            dcDefaults.add(ChildProcess.run(List.of("java", "-jar", cliJar.toString(), "--format", "json", "--output",
                    dcDefaultsJson.toString(), "--exit-zero", "src/main/java"), tree, logs.resolve("durable-check-jvm-defaults-" + r)));
            checkReport("durable-check (java -jar)", dcDefaults.get(dcDefaults.size() - 1), dcDefaultsJson);
            if (Files.mismatch(dcJson, dcDefaultsJson) != -1) {
                int launcherGaveUp = givenUp(JSON.readTree(dcJson.toFile()));
                int defaultsGaveUp = givenUp(JSON.readTree(dcDefaultsJson.toFile()));
                if (launcherGaveUp == 0 && defaultsGaveUp == 0) {
                    throw new IllegalStateException("the launcher and java -jar wrote different reports: " + dcJson + ", " + dcDefaultsJson);
                }
                differing.add(String.format(Locale.ROOT, "run %d (files given up: launcher %d, `java -jar` %d)", r, launcherGaveUp, defaultsGaveUp));
            }
            System.err.printf(Locale.ROOT, "[%s] run %d/%d: raw parse%n", name, r, runs);
            raw.add(ChildProcess.run(List.of("java", "-cp", classPath, RawParse.class.getName(), sources.toString()),
                    tree, logs.resolve("raw-parse-" + r)));
            check("raw parse", raw.get(raw.size() - 1));
            System.err.printf(Locale.ROOT, "[%s] run %d/%d: PMD%n", name, r, runs);
            pmd.add(ChildProcess.run(List.of("java", "-cp", classPath, PmdBaseline.class.getName(), sources.toString(),
                    pmdTsv.toString()), tree, logs.resolve("pmd-" + r)));
            check("PMD", pmd.get(pmd.size() - 1));
        }

        JsonNode report = JSON.readTree(dcJson.toFile());
        List<Scoring.Hit> dcHits = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            // A file given up is counted on its own, not as a finding on no planted line.
            if (!f.get("ruleId").asText().equals(GIVEN_UP)) {
                dcHits.add(new Scoring.Hit(f.get("file").asText(), f.get("line").asInt(), f.get("ruleId").asText()));
            }
        }
        List<Scoring.Hit> pmdHits = new ArrayList<>();
        for (String row : Files.readAllLines(pmdTsv, StandardCharsets.UTF_8)) {
            String[] f = row.split("\t");
            String rel = tree.relativize(Path.of(f[0])).toString().replace('\\', '/');
            pmdHits.add(new Scoring.Hit(rel, Integer.parseInt(f[1]), f[2]));
        }
        Scoring dcScore = new Scoring(planted, decoys, dcHits);
        Scoring pmdScore = new Scoring(planted, decoys, pmdHits);
        JsonNode pmdOut = JSON.readTree(lastLine(pmd.get(pmd.size() - 1).stdoutText()));
        JsonNode rawOut = JSON.readTree(lastLine(raw.get(raw.size() - 1).stdoutText()));
        double rawInProcess = medianOf(raw, "parseMillis") / 1000.0;
        double pmdInProcess = medianOf(pmd, "analysisMillis") / 1000.0;
        String load = loadAverage();

        String section = section(named, props, generated, dc, dcDefaults, raw, pmd, report, dcScore, pmdScore, pmdOut, rawOut,
                rawInProcess, pmdInProcess, loadBefore, load, differing);
        if (named.listsEveryHazard()) {
            section += HazardListing.of(planted, decoys, report);
        }
        System.out.println(section);
        Files.createDirectories(results.getParent());
        Files.writeString(results, section + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Generates the tree unless the folder holds one of the same spec; returns the generation time (0 when reused). */
    private static double ensureTree(Path tree, BenchTree named) throws IOException, InterruptedException {
        Path props = tree.resolve("tree.properties");
        if (Files.exists(props)) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(props)) {
                p.load(in);
            }
            if (named.spec().entrySet().stream().allMatch(e -> e.getValue().equals(p.getProperty(e.getKey())))) {
                return 0;
            }
        }
        if (Files.exists(tree)) {
            try (Stream<Path> walk = Files.walk(tree)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        System.err.printf(Locale.ROOT, "[%s] writing the tree%n", named.name());
        long start = System.nanoTime();
        named.generate(tree);
        return (System.nanoTime() - start) / 1e9;
    }

    private static void check(String tool, ChildProcess.Run run) {
        if (run.exitCode() != 0) {
            throw new IllegalStateException(tool + " exited with " + run.exitCode() + ":\n" + run.stderrTail());
        }
    }

    /** A durable-check run may exit 2 (the run failed) and still be reported, but only with a report to score. */
    private static void checkReport(String tool, ChildProcess.Run run, Path report) {
        if (!Files.isRegularFile(report)) {
            throw new IllegalStateException(tool + " exited with " + run.exitCode() + " and wrote no report:\n" + run.stderrTail());
        }
    }

    /** Files whose analysis did not finish: the {@code analysis-incomplete} findings of a report. */
    private static int givenUp(JsonNode report) {
        int n = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals(GIVEN_UP)) {
                n++;
            }
        }
        return n;
    }

    private static int withChain(JsonNode report) {
        int n = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.has("chain") && !f.get("chain").isEmpty()) {
                n++;
            }
        }
        return n;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private String section(BenchTree named, Properties props, double generated,
                           List<ChildProcess.Run> dc, List<ChildProcess.Run> dcDefaults,
                           List<ChildProcess.Run> raw, List<ChildProcess.Run> pmd,
                           JsonNode report, Scoring dcScore, Scoring pmdScore, JsonNode pmdOut, JsonNode rawOut,
                           double rawInProcess, double pmdInProcess, String loadBefore, String loadAfter, List<String> differing) {
        double dcWall = median(dc, ChildProcess.Run::wallSeconds);
        double rawWall = median(raw, ChildProcess.Run::wallSeconds);
        double pmdWall = median(pmd, ChildProcess.Run::wallSeconds);
        JsonNode summary = report.get("summary");
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "### %s: %,d files, %,d lines, %,d durable handlers (%s %% of files)%n%n",
                named.name(), Integer.parseInt(props.getProperty("files")), Long.parseLong(props.getProperty("lines")),
                Integer.parseInt(props.getProperty("handlers")), trim(Double.parseDouble(props.getProperty("durable.percent")))));
        b.append(String.format(Locale.ROOT, "%s; %s; %d run%s each, median; %s; load average (1, 5, 15 min) before %s, after %s.%n%n",
                named.describe(props),
                generated > 0 ? String.format(Locale.ROOT, "tree generated in %.1f s", generated) : "tree reused",
                runs, runs == 1 ? "" : "s", LocalDate.now(), loadBefore, loadAfter));
        b.append("durable-check built from ").append(built).append(".\n\n");
        b.append("| tool | wall s | CPU s | peak RSS MB | findings | recall direct | recall chained | durable-check ÷ tool (wall) |\n");
        b.append("|---|---:|---:|---:|---:|---|---|---:|\n");
        b.append(String.format(Locale.ROOT, "| durable-check CLI as shipped (`durable-check` launcher, cold JVM) | %.2f | %.1f | %.0f | %d | %s | %s | 1.00 |%n",
                dcWall, median(dc, ChildProcess.Run::cpuSeconds), median(dc, ChildProcess.Run::peakRssMb),
                report.get("findings").size(), dcScore.direct.text(), dcScore.chained.text()));
        double defaultsWall = median(dcDefaults, ChildProcess.Run::wallSeconds);
        b.append(String.format(Locale.ROOT, "| durable-check CLI, `java -jar` with the JVM's defaults | %.2f | %.1f | %.0f | same report | | | %.2f |%n",
                defaultsWall, median(dcDefaults, ChildProcess.Run::cpuSeconds), median(dcDefaults, ChildProcess.Run::peakRssMb),
                dcWall / defaultsWall));
        b.append(String.format(Locale.ROOT, "| raw JavaParser parse of every file, one JVM (ceiling) | %.2f | %.1f | %.0f | – | – | – | %.2f |%n",
                rawWall, median(raw, ChildProcess.Run::cpuSeconds), median(raw, ChildProcess.Run::peakRssMb), dcWall / rawWall));
        b.append(String.format(Locale.ROOT, "| PMD 7.27.0 API, 4 XPath rules | %.2f | %.1f | %.0f | %d | %s | %s: cannot see chained | %.2f |%n%n",
                pmdWall, median(pmd, ChildProcess.Run::cpuSeconds), median(pmd, ChildProcess.Run::peakRssMb),
                pmdOut.get("violations").asInt(), pmdScore.direct.text(), pmdScore.chained.text(), dcWall / pmdWall));
        b.append(String.format(Locale.ROOT, "durable-check/PMD = %.2f, durable-check/raw-parse = %.2f (wall time). "
                        + "In-process: raw parse %.2f s, PMD analysis %.2f s.%n%n",
                dcWall / pmdWall, dcWall / rawWall, rawInProcess, pmdInProcess));
        if (runs > 1) {
            b.append(String.format(Locale.ROOT, "Every run, wall s: durable-check %s; with `java -jar` %s; raw parse %s; PMD %s.%n%n",
                    walls(dc), walls(dcDefaults), walls(raw), walls(pmd)));
        }
        b.append("| tool | findings on planted lines | unplanned findings | of which on decoy lines | recall on the 4 APIs PMD looks for (direct) |\n");
        b.append("|---|---:|---:|---:|---|\n");
        b.append(String.format(Locale.ROOT, "| durable-check | %d | %d | %d | %s |%n", dcScore.onPlanted, dcScore.unplanned,
                dcScore.unplannedOnDecoys, dcScore.directPmdApis.text()));
        b.append(String.format(Locale.ROOT, "| PMD | %d | %d | %d | %s |%n%n", pmdScore.onPlanted, pmdScore.unplanned,
                pmdScore.unplannedOnDecoys, pmdScore.directPmdApis.text()));
        b.append(String.format(Locale.ROOT, "durable-check summary: %d files scanned, %d analysed, %d unresolved calls, %d warnings, %d internal errors.%n%n",
                summary.get("filesScanned").asInt(), summary.get("filesAnalysed").asInt(), summary.get("unresolvedCalls").asInt(),
                report.get("warnings").size(), report.get("internalErrors").size()));
        Scoring.Ratio recall = new Scoring.Ratio(dcScore.direct.found() + dcScore.chained.found(),
                dcScore.direct.total() + dcScore.chained.total());
        b.append(String.format(Locale.ROOT, "durable-check (`--exit-zero`) exit code: launcher %s, `java -jar` %s; handler files given up "
                        + "(`%s`): %d of %d analysed; recall %s; %d findings on no planted line; %d of %d findings carry a chain.%s%n%n",
                exitCodes(dc), exitCodes(dcDefaults), GIVEN_UP, givenUp(report), summary.get("filesAnalysed").asInt(), recall.text(),
                dcScore.unplanned, withChain(report), report.get("findings").size(),
                differing.isEmpty() ? "" : " The two reports differed in " + String.join(", ", differing) + "; the launcher's is scored."));
        b.append(String.format(Locale.ROOT, "Raw parse: %,d files, %d did not parse. PMD: %d processing or configuration errors.%n%n",
                rawOut.get("files").asInt(), rawOut.get("failed").asInt(), pmdOut.get("errors").asInt()));
        b.append("| rule | durable-check direct | durable-check chained | PMD direct |\n|---|---|---|---|\n");
        for (Map.Entry<String, int[]> e : dcScore.byRule.entrySet()) {
            int[] r = e.getValue();
            int[] p = pmdScore.byRule.get(e.getKey());
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", e.getKey(),
                    new Scoring.Ratio(r[1], r[0]).text(), new Scoring.Ratio(r[3], r[2]).text(), new Scoring.Ratio(p[1], p[0]).text()));
        }
        b.append('\n');
        if (!dcScore.missed.isEmpty() && !named.listsEveryHazard()) {
            b.append("Planted hazards durable-check missed (first 10):\n\n");
            dcScore.missed.stream().limit(10).forEach(h -> b.append("- `").append(h.file()).append(':').append(h.line())
                    .append("` ").append(h.rule()).append(' ').append(h.kind()).append(", sink `").append(h.sink()).append("`\n"));
            b.append('\n');
        }
        if (!dcScore.unplannedHits.isEmpty() && !named.listsEveryHazard()) {
            b.append("durable-check findings on no planted line (first 10):\n\n");
            dcScore.unplannedHits.stream().limit(10).forEach(h -> b.append("- `").append(h.file()).append(':').append(h.line())
                    .append("` ").append(h.rule()).append('\n'));
            b.append('\n');
        }
        return b.toString();
    }

    private static String exitCodes(List<ChildProcess.Run> runs) {
        return String.join(", ", runs.stream().map(r -> String.valueOf(r.exitCode())).toList());
    }

    private static String walls(List<ChildProcess.Run> runs) {
        return String.join(", ", runs.stream().map(r -> String.format(Locale.ROOT, "%.2f", r.wallSeconds())).toList());
    }

    /** The median of a number every run printed in its last line of JSON. */
    private static double medianOf(List<ChildProcess.Run> runs, String field) throws IOException {
        List<Double> values = new ArrayList<>();
        for (ChildProcess.Run run : runs) {
            values.add(JSON.readTree(lastLine(run.stdoutText())).get(field).asDouble());
        }
        values.sort(null);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    /** The system load average from {@code /proc/loadavg}, "n/a" where there is none. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static double median(List<ChildProcess.Run> runs, ToDoubleFunction<ChildProcess.Run> value) {
        double[] v = runs.stream().mapToDouble(value).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
