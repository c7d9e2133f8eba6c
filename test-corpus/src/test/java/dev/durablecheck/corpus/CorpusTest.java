package dev.durablecheck.corpus;

import dev.durablecheck.core.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Markers markers = Markers.read(file);
        Map<LineRule, Integer> expected = new TreeMap<>();
        markers.expected().forEach(e -> expected.merge(new LineRule(e.line(), e.ruleId()), 1, Integer::sum));
        Map<LineRule, List<Finding>> actual = new TreeMap<>();
        findings.forEach(f -> actual.computeIfAbsent(new LineRule(f.range().beginLine(), f.ruleId()),
                k -> new ArrayList<>()).add(f));

        List<String> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        for (Map.Entry<LineRule, Integer> e : expected.entrySet()) {
            int found = actual.getOrDefault(e.getKey(), List.of()).size();
            if (found < e.getValue()) {
                problems.add(name + ":" + e.getKey().line() + ": missing " + e.getKey().ruleId()
                        + " (expected " + e.getValue() + ", found " + found + ")");
            }
        }
        for (Map.Entry<LineRule, List<Finding>> a : actual.entrySet()) {
            int wanted = expected.getOrDefault(a.getKey(), 0);
            List<Finding> extra = a.getValue().subList(Math.min(wanted, a.getValue().size()), a.getValue().size());
            for (Finding f : extra) {
                problems.add(name + ":" + f.range().beginLine() + ":" + f.range().beginColumn() + ": unexpected "
                        + f.ruleId() + ": " + f.message());
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** A line and a rule id, ordered by line then id, so that failures read top to bottom. */
    private record LineRule(int line, String ruleId) implements Comparable<LineRule> {
        @Override
        public int compareTo(LineRule other) {
            int byLine = Integer.compare(line, other.line);
            return byLine != 0 ? byLine : ruleId.compareTo(other.ruleId);
        }
    }
}
