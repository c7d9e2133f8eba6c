package dev.durablecheck.corpus;

import dev.durablecheck.core.Finding;
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
 * The corpus is the specification: for every case and example file, the findings must be exactly
 * the {@code // expect:} markers, line by line and rule by rule. A failure lists every missing and
 * unexpected finding of the file.
 */
class CorpusTest {

    @TestFactory
    Stream<DynamicTest> everyCaseFileIsReportedExactlyAsMarked() {
        Map<Path, List<Finding>> byFile = CorpusRun.RESULT.findings().stream()
                .collect(Collectors.groupingBy(Finding::file));
        return CorpusRun.caseFiles().stream().map(file -> DynamicTest.dynamicTest(
                CorpusRun.CASES.getParent().getParent().getParent().relativize(file).toString(),
                file.toUri(),
                () -> compare(file, byFile.getOrDefault(file, List.of()))));
    }

    @Test
    void theCorpusRunHasNoInternalErrors() {
        assertThat(CorpusRun.RESULT.internalErrors()).isEmpty();
        assertThat(CorpusRun.RESULT.warnings()).isEmpty();
    }

    @Test
    void everyFindingLiesInACaseFile() {
        List<Path> cases = CorpusRun.caseFiles();
        assertThat(CorpusRun.RESULT.findings()).allSatisfy(f -> assertThat(cases).contains(f.file()));
    }

    private static void compare(Path file, List<Finding> findings) throws IOException {
        Map<LineDiff.LineRule, Integer> expected = new TreeMap<>();
        Markers.read(file).expected().forEach(e -> expected.merge(new LineDiff.LineRule(e.line(), e.ruleId()), 1, Integer::sum));
        List<String> problems = LineDiff.of(file.getFileName().toString(), expected, findings, "missing", "unexpected");
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
