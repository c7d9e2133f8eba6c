package dev.durablecheck.core.report;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.UnanalysedFile;
import dev.durablecheck.core.UnresolvedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TextReporterTest {

    private static final Path BASE = Path.of("/work/project").toAbsolutePath();
    private static final Pattern FINDING = Pattern.compile(
            "^(?<path>[^:\\s][^:]*):(?<line>\\d+):(?<col>\\d+): (?<severity>error|warning|note): (?<message>.*) \\[(?<rule>[a-z0-9-]+)]$");
    private static final Pattern HOP = Pattern.compile("^    (?<path>[^:]+):(?<line>\\d+):(?<col>\\d+): (?<description>.*)$");

    private static Finding finding(String file, int line, int column, Severity severity, String rule, String message,
                                   CallHop... chain) {
        return new Finding(rule, severity, BASE.resolve(file), new TextRange(line, column, line, column + 5), message,
                "Handler.handleRequest", "UUID.randomUUID()", List.of(chain));
    }

    private static AnalysisResult result(List<Finding> findings, int scanned, int analysed, List<UnresolvedCall> unresolved) {
        return new AnalysisResult(findings, scanned, analysed, unresolved, List.of(), List.of());
    }

    private static List<String> lines(TextReporter reporter, AnalysisResult result) {
        StringWriter out = new StringWriter();
        reporter.write(result, new PrintWriter(out));
        return out.toString().lines().toList();
    }

    private record Parsed(String path, int line, int column, String severity, String message, String rule) {
    }

    @Test
    void findingLinesParseBackToTheFindings() {
        List<Finding> findings = List.of(
                finding("src/main/java/demo/OrderHandler.java", 12, 9, Severity.ERROR, "nondeterministic-time",
                        "System.nanoTime() in orchestration code returns a different value on every replay"),
                finding("src/main/java/demo/OrderHandler.java", 30, 17, Severity.WARNING, "environment-read",
                        "System.getenv(\"A:B\") is read again on replay: [config] may differ"),
                finding("Top.java", 1, 1, Severity.NOTE, "step-name-style", "step name has trailing spaces"));
        AnalysisResult result = result(findings, 3, 2, List.of());

        List<String> lines = lines(new TextReporter(BASE, false), result);

        assertThat(lines).hasSize(findings.size() + 1);
        List<Parsed> parsed = new ArrayList<>();
        for (String line : lines.subList(0, findings.size())) {
            Matcher m = FINDING.matcher(line);
            assertThat(m.matches()).as("line matches path:line:col: severity: message [rule-id]: %s", line).isTrue();
            parsed.add(new Parsed(m.group("path"), Integer.parseInt(m.group("line")), Integer.parseInt(m.group("col")),
                    m.group("severity"), m.group("message"), m.group("rule")));
        }
        List<Parsed> expected = findings.stream().map(f -> new Parsed(BASE.relativize(f.file()).toString(),
                f.range().beginLine(), f.range().beginColumn(), f.severity().label(), f.message(), f.ruleId())).toList();
        assertThat(parsed).isEqualTo(expected);
        assertThat(parsed.get(0).path()).isEqualTo("src/main/java/demo/OrderHandler.java");
    }

    @Test
    void pathsOutsideTheBaseFolderStayAbsolute() {
        Path outside = Path.of("/elsewhere/lib/Helper.java").toAbsolutePath();
        Finding f = new Finding("nondeterministic-uuid", Severity.ERROR, outside, new TextRange(4, 2, 4, 20),
                "UUID.randomUUID() differs on replay", "", "UUID.randomUUID()", List.of());
        TextReporter reporter = new TextReporter(BASE, false);

        List<String> lines = lines(reporter, result(List.of(f), 1, 1, List.of()));

        assertThat(lines.get(0)).isEqualTo(outside + ":4:2: error: UUID.randomUUID() differs on replay [nondeterministic-uuid]");
        assertThat(reporter.display(outside)).isEqualTo(outside.toString());
        // a sibling folder whose name merely starts with the base folder's name is outside it
        assertThat(reporter.display(Path.of("/work/project-old/A.java"))).isEqualTo("/work/project-old/A.java");
        assertThat(reporter.display(BASE.resolve("a/../b/./C.java"))).isEqualTo("b/C.java");
    }

    @Test
    void forABuildLogEveryPathIsAbsoluteAndTheChainFollowsItsFinding() {
        Finding chained = ReportFixtures.chained(12);

        List<String> lines = TextReporter.forBuildLog().lines(chained);

        assertThat(lines).hasSize(1 + chained.chain().size());
        assertThat(lines.get(0)).startsWith(chained.file().toAbsolutePath() + ":12:").endsWith("[" + chained.ruleId() + "]")
                .doesNotContain("\u001B");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("    /"));
    }

    @Test
    void theBaseFolderIsNormalised() {
        TextReporter reporter = new TextReporter(Path.of("/work/project/sub/.."), false);

        assertThat(reporter.display(Path.of("/work/project/src/A.java"))).isEqualTo("src/A.java");
    }

    @Test
    void callChainsAreIndentedUnderTheirFinding() {
        Finding f = finding("src/demo/OrderHandler.java", 20, 9, Severity.ERROR, "nondeterministic-time",
                "clock read through a helper",
                new CallHop(BASE.resolve("src/demo/OrderHandler.java"), new TextRange(20, 9, 20, 30), "billing.charge(order)"),
                new CallHop(BASE.resolve("src/demo/Billing.java"), new TextRange(8, 25, 8, 41), "Instant.now()"));

        List<String> lines = lines(new TextReporter(BASE, false), result(List.of(f), 2, 1, List.of()));

        assertThat(lines).hasSize(4);
        assertThat(FINDING.matcher(lines.get(0)).matches()).isTrue();
        assertThat(lines.subList(1, 3)).containsExactly(
                "    src/demo/OrderHandler.java:20:9: billing.charge(order)",
                "    src/demo/Billing.java:8:25: Instant.now()");
        assertThat(lines.subList(1, 3)).allSatisfy(l -> assertThat(HOP.matcher(l).matches()).isTrue());
        assertThat(FINDING.matcher(lines.get(1)).matches()).as("a hop is not a finding line").isFalse();
    }

    @Test
    void colorWrapsOnlyTheSeverity() {
        List<Finding> findings = List.of(
                finding("A.java", 1, 1, Severity.ERROR, "r-one", "m1"),
                finding("A.java", 2, 1, Severity.WARNING, "r-two", "m2"),
                finding("A.java", 3, 1, Severity.NOTE, "r-three", "m3"));

        List<String> lines = lines(new TextReporter(BASE, true), result(findings, 1, 1, List.of()));

        assertThat(lines.get(0)).isEqualTo("A.java:1:1: \u001B[1;31merror\u001B[0m: m1 [r-one]");
        assertThat(lines.get(1)).isEqualTo("A.java:2:1: \u001B[1;33mwarning\u001B[0m: m2 [r-two]");
        assertThat(lines.get(2)).isEqualTo("A.java:3:1: \u001B[1;36mnote\u001B[0m: m3 [r-three]");
        assertThat(lines.get(3)).doesNotContain("\u001B");
        // without color no escape appears anywhere
        assertThat(lines(new TextReporter(BASE, false), result(findings, 1, 1, List.of())))
                .noneMatch(l -> l.contains("\u001B"));
    }

    /** Rows: errors | warnings | notes | files scanned | files analysed | unresolved calls | summary. */
    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0 | 0 | 0  | 0 | 0 | No findings in 0 files (0 with durable code)
            0 | 0 | 0 | 1  | 1 | 0 | No findings in 1 file (1 with durable code)
            0 | 0 | 0 | 12 | 3 | 0 | No findings in 12 files (3 with durable code)
            1 | 0 | 0 | 1  | 1 | 0 | 1 finding (1 error, 0 warnings, 0 notes) in 1 file (1 with durable code)
            0 | 1 | 0 | 2  | 1 | 0 | 1 finding (0 errors, 1 warning, 0 notes) in 2 files (1 with durable code)
            0 | 0 | 1 | 2  | 2 | 0 | 1 finding (0 errors, 0 warnings, 1 note) in 2 files (2 with durable code)
            2 | 3 | 4 | 40 | 5 | 0 | 9 findings (2 errors, 3 warnings, 4 notes) in 40 files (5 with durable code)
            0 | 0 | 0 | 4  | 2 | 2 | No findings in 4 files (2 with durable code); 2 calls in orchestration code could not be resolved and were not checked
            3 | 0 | 1 | 4  | 2 | 5 | 4 findings (3 errors, 0 warnings, 1 note) in 4 files (2 with durable code); 5 calls in orchestration code could not be resolved and were not checked
            """)
    void summaryLine(int errors, int warnings, int notes, int scanned, int analysed, int unresolvedCalls, String expected) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            findings.add(finding("A.java", 1 + i, 1, Severity.ERROR, "r", "e"));
        }
        for (int i = 0; i < warnings; i++) {
            findings.add(finding("A.java", 100 + i, 1, Severity.WARNING, "r", "w"));
        }
        for (int i = 0; i < notes; i++) {
            findings.add(finding("A.java", 200 + i, 1, Severity.NOTE, "r", "n"));
        }
        List<UnresolvedCall> unresolved = new ArrayList<>();
        for (int i = 0; i < unresolvedCalls; i++) {
            unresolved.add(new UnresolvedCall(BASE.resolve("A.java"), new TextRange(300 + i, 5, 300 + i, 20), "repo.load(id)", "the type of 'repo' is not known"));
        }
        AnalysisResult result = result(findings, scanned, analysed, unresolved);

        assertThat(TextReporter.summary(result)).isEqualTo(expected);
        List<String> lines = lines(new TextReporter(BASE, false), result);
        assertThat(lines).last().isEqualTo(expected);
        assertThat(lines).hasSize(findings.size() + 1);
    }

    @Test
    void oneUnresolvedCallIsSingular() {
        AnalysisResult result = result(List.of(), 1, 1,
                List.of(new UnresolvedCall(BASE.resolve("A.java"), new TextRange(3, 5, 3, 20), "repo.load(id)", "the type of 'repo' is not known")));

        assertThat(TextReporter.summary(result)).isEqualTo(
                "No findings in 1 file (1 with durable code); 1 call in orchestration code could not be resolved and was not checked");
    }

    @Test
    void unresolvedCallsAreListedOnRequest() {
        List<UnresolvedCall> unresolved = List.of(
                new UnresolvedCall(BASE.resolve("src/demo/OrderHandler.java"), new TextRange(14, 13, 14, 40), "repository.load(orderId)", "the type of 'repository' is not known"),
                new UnresolvedCall(Path.of("/elsewhere/B.java"), new TextRange(2, 1, 2, 9), "mystery()", "no method 'mystery' is declared in the enclosing classes or statically imported"));
        StringWriter out = new StringWriter();

        new TextReporter(BASE, false).writeUnresolved(result(List.of(), 2, 2, unresolved), new PrintWriter(out));

        assertThat(out.toString().lines()).containsExactly(
                "src/demo/OrderHandler.java:14:13: unresolved: repository.load(orderId) (the type of 'repository' is not known)",
                "/elsewhere/B.java:2:1: unresolved: mystery() (no method 'mystery' is declared in the enclosing classes or statically imported)");
    }

    @Test
    void writesNothingButTheSummaryWithoutFindings() {
        List<String> lines = lines(new TextReporter(BASE, false), result(List.of(), 7, 0, List.of()));

        assertThat(lines).containsExactly("No findings in 7 files (0 with durable code)");
    }

    @Test
    void aFileNotAnalysedIsCountedAndTheErrorLineNamesIt() {
        List<String> lines = lines(new TextReporter(ReportFixtures.BASE, false), ReportFixtures.incompleteRun().result());

        assertThat(lines).contains("src/main/java/app/OrderHandler.java:8:14: error: " + ReportFixtures.incomplete().message()
                + " [analysis-incomplete]");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("2 findings (2 errors, 0 warnings, 0 notes) in 3 files (2 with durable code, 1 not analysed)");
    }

    /** Suppressed or baselined, the finding is gone, but the file still went unchecked: never "No findings". */
    @Test
    void aFileNotAnalysedWhoseFindingIsAcceptedNeverReadsAsNoFindings() {
        AnalysisResult result = new AnalysisResult(List.of(), 3, 1, List.of(), List.of(), List.of(), List.of(), List.of(ReportFixtures.incomplete()), 0,
                List.of(new UnanalysedFile(BASE.resolve("A.java"), "analysis-incomplete", new TextRange(1, 1, 1, 1),
                        ReportFixtures.BUDGET_REASON)));

        assertThat(TextReporter.summary(result))
                .isEqualTo("0 findings in 3 files (1 with durable code, 1 not analysed); 1 in the baseline");
    }
}
