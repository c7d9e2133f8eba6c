package dev.durablecheck.corpus;

import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.SuppressedFinding;
import dev.durablecheck.core.filter.Suppression;
import dev.durablecheck.core.rule.RuleDescriptor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Suppressions are specified like findings: in every case and example file, the findings that a
 * suppression in the source covers must be exactly the {@code // suppressed: <rule-id>} markers,
 * line by line and rule by rule (the line is where the suppressed finding starts, which for a
 * finding reached through calls is the call in orchestration code). {@link CorpusTest} checks that
 * they are not among the reported findings; this test checks that they were found and set aside,
 * not lost.
 */
class SuppressionCorpusTest {

    private static final Path SUPPRESSION_CASES = CorpusRun.CASES.resolve("suppression");

    @TestFactory
    Stream<DynamicTest> everyCaseFileSuppressesExactlyAsMarked() {
        Map<Path, List<Finding>> byFile = CorpusRun.RESULT.suppressed().stream()
                .map(SuppressedFinding::finding)
                .collect(Collectors.groupingBy(Finding::file));
        return CorpusRun.caseFiles().stream().map(file -> DynamicTest.dynamicTest(
                CorpusRun.CASES.getParent().getParent().getParent().relativize(file).toString(),
                file.toUri(),
                () -> compare(file, byFile.getOrDefault(file, List.of()))));
    }

    @Test
    void everySuppressedFindingLiesInACaseFile() {
        List<Path> cases = CorpusRun.caseFiles();
        assertThat(CorpusRun.RESULT.suppressed())
                .allSatisfy(s -> assertThat(cases).contains(s.finding().file()));
    }

    @Test
    void suppressedMarkersNameRegisteredRules() throws IOException {
        List<String> known = Analyzer.withInstalledRules().descriptors().stream().map(RuleDescriptor::id).toList();
        for (Path file : CorpusRun.caseFiles()) {
            for (Markers.Suppressed s : Markers.read(file).suppressed()) {
                assertThat(known).as("%s:%d", file.getFileName(), s.line()).contains(s.ruleId());
            }
        }
    }

    /** The suppression cases use both forms, and each form covers something. */
    @Test
    void theSuppressionCasesUseBothForms() {
        List<SuppressedFinding> inCases = CorpusRun.RESULT.suppressed().stream()
                .filter(s -> s.finding().file().startsWith(SUPPRESSION_CASES))
                .toList();

        assertThat(inCases).extracting(s -> s.suppression().kind())
                .contains(Suppression.Kind.ANNOTATION,
                        Suppression.Kind.COMMENT);
        assertThat(inCases).filteredOn(s -> s.suppression().kind() == Suppression.Kind.COMMENT)
                .extracting(s -> s.suppression().justification())
                .contains("metric only, the value never reaches a durable operation // suppressed: nondeterministic-time");
        assertThat(inCases).filteredOn(s -> s.suppression().kind() == Suppression.Kind.ANNOTATION)
                .extracting(s -> s.suppression().justification())
                .contains("@SuppressWarnings(\"durable:nondeterministic-time\")");
    }

    /** A suppressed finding is set aside with the severity it would have been reported with. */
    @Test
    void suppressedFindingsKeepTheirRuleAndSeverity() {
        assertThat(CorpusRun.RESULT.suppressed()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.finding().ruleId()).isNotBlank();
            assertThat(s.finding().severity()).isNotNull();
            assertThat(s.finding().message()).isNotBlank();
        });
    }

    private static void compare(Path file, List<Finding> suppressed) throws IOException {
        Map<LineDiff.LineRule, Integer> expected = new TreeMap<>();
        Markers.read(file).suppressed().forEach(s -> expected.merge(new LineDiff.LineRule(s.line(), s.ruleId()), 1, Integer::sum));
        List<String> problems = LineDiff.of(file.getFileName().toString(), expected, suppressed,
                "not suppressed", "unexpectedly suppressed");
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
