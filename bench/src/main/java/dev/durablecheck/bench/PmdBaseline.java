package dev.durablecheck.bench;

import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PMD baseline: PMD 7 run through its Java API ({@link PmdAnalysis} with a
 * {@link PMDConfiguration}) over a folder, with the XPath ruleset
 * {@code dev/durablecheck/bench/durable-handler-xpath.xml} that approximates durable-check's direct
 * rules for {@code Instant.now()}, {@code UUID.randomUUID()}, {@code Math.random()} and
 * {@code Thread.sleep()} inside classes extending {@code DurableHandler}. Writes the violations as TSV
 * (absolute path, line, durable-check rule id, PMD rule) and prints one line of JSON with the counts.
 *
 * <p>Usage: {@code PmdBaseline FOLDER OUT.tsv [--jobs N]}
 */
public final class PmdBaseline {

    static final String RULESET = "dev/durablecheck/bench/durable-handler-xpath.xml";

    /** The durable-check rule each XPath rule stands in for. */
    static final Map<String, String> RULE_IDS = Map.of(
            "DurableHandlerInstantNow", "nondeterministic-time",
            "DurableHandlerRandomUuid", "nondeterministic-uuid",
            "DurableHandlerMathRandom", "nondeterministic-random",
            "DurableHandlerThreadSleep", "blocking-sleep");

    private PmdBaseline() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: PmdBaseline FOLDER OUT.tsv [--jobs N]");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        int jobs = Runtime.getRuntime().availableProcessors();
        if (args.length == 4 && args[2].equals("--jobs")) {
            jobs = Integer.parseInt(args[3]);
        }
        long start = System.nanoTime();
        PMDConfiguration config = new PMDConfiguration();
        config.setDefaultLanguageVersion(LanguageRegistry.PMD.getLanguageVersionById("java", "21"));
        config.addInputPath(root);
        config.addRuleSet(RULESET);
        config.setIgnoreIncrementalAnalysis(true);
        config.setThreads(jobs);
        List<String[]> rows = new ArrayList<>();
        int errors;
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            Report report = pmd.performAnalysisAndCollectReport();
            for (RuleViolation v : report.getViolations()) {
                String rule = v.getRule().getName();
                rows.add(new String[] {v.getFileId().getAbsolutePath(), String.valueOf(v.getBeginLine()),
                        RULE_IDS.getOrDefault(rule, rule), rule});
            }
            errors = report.getProcessingErrors().size() + report.getConfigurationErrors().size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        rows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparingInt(r -> Integer.parseInt(r[1])));
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String[] r : rows) {
                w.write(String.join("\t", r) + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "{\"violations\": %d, \"errors\": %d, \"jobs\": %d, \"analysisMillis\": %d}%n",
                rows.size(), errors, jobs, millis);
    }
}
