package dev.durablecheck.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.report.Report;
import dev.durablecheck.core.report.SarifChecks;
import dev.durablecheck.core.report.SarifReporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The SARIF log of {@code examples}, compared byte for byte with
 * {@code src/test/resources/golden/examples.sarif}. The only machine-dependent part, the absolute
 * {@code file:} URI of {@code %SRCROOT%} in {@code originalUriBaseIds}, is replaced with
 * {@value #PLACEHOLDER} before comparing; every other URI is relative to it.
 *
 * <p>After an intended change to the SARIF output, the examples or a rule's help page, regenerate
 * the golden file with
 *
 * <pre>
 * mvn -B -pl test-corpus -am test -Dtest=SarifGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 *
 * which rewrites it and then fails, saying so; run again without {@code -Dgolden.update} to see it
 * pass, and review the diff of the golden file before committing it.
 */
class SarifGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/examples.sarif");
    static final String PLACEHOLDER = "file:///SRCROOT/";
    static final String TOOL_VERSION = "0.0.0-test";
    static final String AUTOMATION_ID = "durable-check/examples";
    /** The test-corpus module folder: Maven runs the tests in it. */
    static final Path BASE = Path.of("").toAbsolutePath();

    @Test
    void examplesSarifMatchesTheGoldenFile() throws IOException {
        String actual = withPlaceholder(sarif(1));

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
            fail("golden file updated: " + GOLDEN.toAbsolutePath() + " (" + actual.length()
                    + " characters); review its diff and run again without -Dgolden.update=true");
        }
        assertThat(GOLDEN).as("golden file; create it with -Dgolden.update=true").exists();
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            fail(firstDifference(expected, actual)
                    + "\nIf the change is intended, regenerate the golden file with -Dgolden.update=true (see SarifGoldenTest).");
        }
    }

    @Test
    void oneAndFourJobsGiveByteIdenticalSarif() {
        assertThat(sarif(4)).isEqualTo(sarif(1));
    }

    @Test
    void examplesSarifIsValidSarifWithWhatGithubRequires() {
        JsonNode log = SarifChecks.assertValidForGithub(sarif(1));

        JsonNode run = log.path("runs").path(0);
        assertThat(run.path("results").size()).as("the examples have findings").isPositive();
        assertThat(run.path("automationDetails").path("id").asText()).isEqualTo(AUTOMATION_ID);
        assertThat(run.path("tool").path("driver").path("version").asText()).isEqualTo(TOOL_VERSION);
        for (JsonNode result : run.path("results")) {
            JsonNode artifact = result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
            assertThat(artifact.path("uri").asText()).startsWith("examples/");
            assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        }
    }

    @Test
    void theGoldenFileItselfIsValidSarif() throws IOException {
        assertThat(GOLDEN).exists();
        SarifChecks.assertValidForGithub(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theEtlExamplesChainsThroughProgressReportAreCodeFlows() {
        JsonNode results = SarifChecks.parse(sarif(1)).path("runs").path(0).path("results");

        List<JsonNode> chained = new ArrayList<>();
        results.forEach(r -> {
            if (r.has("codeFlows")) {
                chained.add(r);
            }
        });
        assertThat(chained).as("results with codeFlows").isNotEmpty();
        assertThat(chained).hasSize(examplesResult(1).findings().stream().filter(f -> !f.chain().isEmpty()).toList().size());

        JsonNode time = chained.stream()
                .filter(r -> r.path("ruleId").asText().equals("nondeterministic-time"))
                .filter(r -> uri(r.path("locations").path(0)).equals("examples/etl/EtlJobWithGotchas.java"))
                .findFirst().orElseThrow(() -> new AssertionError("no chained nondeterministic-time in EtlJobWithGotchas"));
        JsonNode steps = time.path("codeFlows").path(0).path("threadFlows").path(0).path("locations");
        assertThat(time.path("codeFlows").size()).isEqualTo(1);
        assertThat(time.path("codeFlows").path(0).path("threadFlows").size()).isEqualTo(1);
        assertThat(steps.size()).isGreaterThanOrEqualTo(2);
        assertThat(uri(steps.path(0).path("location"))).isEqualTo("examples/etl/EtlJobWithGotchas.java");
        assertThat(steps.path(0).path("location").path("message").path("text").asText()).startsWith("Progress.report(");
        JsonNode sink = steps.path(steps.size() - 1).path("location");
        assertThat(uri(sink)).isEqualTo("examples/etl/Progress.java");
        assertThat(sink.path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(15);
        assertThat(sink.path("message").path("text").asText()).startsWith("Instant.now()");

        JsonNode related = time.path("relatedLocations");
        assertThat(related.size()).isEqualTo(1);
        assertThat(uri(related.path(0))).isEqualTo("examples/etl/Progress.java");
        assertThat(related.path(0).path("message").path("text").asText()).contains("Instant.now()");
    }

    // ---------------------------------------------------------------- helpers

    private static String uri(JsonNode location) {
        return location.path("physicalLocation").path("artifactLocation").path("uri").asText();
    }

    private static final Analyzer ANALYZER = Analyzer.withInstalledRules();
    private static final Map<Integer, AnalysisResult> RESULTS = new HashMap<>();
    private static final Map<Integer, String> LOGS = new HashMap<>();

    /** The examples analysed with {@code jobs} workers, once per value. */
    private static synchronized AnalysisResult examplesResult(int jobs) {
        return RESULTS.computeIfAbsent(jobs, n -> {
            AnalysisResult result = ANALYZER.analyze(new AnalysisRequest(List.of(CorpusRun.EXAMPLES), CorpusRun.LIBRARY_JARS,
                    n, LanguageLevel.JAVA_21));
            assertThat(result.internalErrors()).isEmpty();
            assertThat(result.findings()).extracting(Finding::ruleId).isNotEmpty();
            return result;
        });
    }

    /** Their SARIF log, once per value. */
    private static synchronized String sarif(int jobs) {
        return LOGS.computeIfAbsent(jobs, n -> {
            Report report = new Report(examplesResult(n), ANALYZER.documentation(), BASE, TOOL_VERSION, Optional.of(AUTOMATION_ID));
            StringWriter out = new StringWriter();
            try {
                new SarifReporter().write(report, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        });
    }

    /** The log with the absolute base URI, which differs per checkout, replaced by the placeholder. */
    private static String withPlaceholder(String sarif) {
        String base = BASE.toUri().toString();
        base = base.endsWith("/") ? base : base + "/";
        String entry = "\"uri\" : \"" + base + "\"";
        assertThat(sarif.split(java.util.regex.Pattern.quote(entry), -1)).as("the base URI appears once, in originalUriBaseIds")
                .hasSize(2);
        String replaced = sarif.replace(entry, "\"uri\" : \"" + PLACEHOLDER + "\"");
        assertThat(replaced).as("no other machine-dependent path").doesNotContain(BASE.toString());
        return replaced;
    }

    private static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<end of file>";
            String g = i < got.size() ? got.get(i) : "<end of file>";
            if (!w.equals(g)) {
                return "examples SARIF differs from " + GOLDEN + " at line " + (i + 1) + ":\n  golden: " + w + "\n  actual: " + g;
            }
        }
        return "examples SARIF differs from " + GOLDEN + " only in line endings or the final newline";
    }
}
