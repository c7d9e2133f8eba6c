package dev.durablecheck.corpus;

import dev.durablecheck.core.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the findings of one file with what its markers say, line by line and rule by rule,
 * both ways, and words every difference so that a failure reads top to bottom.
 */
final class LineDiff {

    /** A line and a rule id, ordered by line then id. */
    record LineRule(int line, String ruleId) implements Comparable<LineRule> {
        @Override
        public int compareTo(LineRule other) {
            int byLine = Integer.compare(line, other.line);
            return byLine != 0 ? byLine : ruleId.compareTo(other.ruleId);
        }
    }

    private LineDiff() {
    }

    /**
     * @param marked how many findings of a rule each line should have
     * @param missing how a shortfall is worded, e.g. "missing" or "not suppressed"
     * @param extra how a surplus is worded, e.g. "unexpected" or "unexpectedly suppressed"
     * @return the differences, empty when the findings are exactly as marked
     */
    static List<String> of(String fileName, Map<LineRule, Integer> marked, List<Finding> findings,
                           String missing, String extra) {
        Map<LineRule, List<Finding>> actual = new TreeMap<>();
        findings.forEach(f -> actual.computeIfAbsent(new LineRule(f.range().beginLine(), f.ruleId()),
                k -> new ArrayList<>()).add(f));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<LineRule, Integer> e : new TreeMap<>(marked).entrySet()) {
            int found = actual.getOrDefault(e.getKey(), List.of()).size();
            if (found < e.getValue()) {
                problems.add(fileName + ":" + e.getKey().line() + ": " + missing + " " + e.getKey().ruleId()
                        + " (expected " + e.getValue() + ", found " + found + ")");
            }
        }
        for (Map.Entry<LineRule, List<Finding>> a : actual.entrySet()) {
            int wanted = marked.getOrDefault(a.getKey(), 0);
            for (Finding f : a.getValue().subList(Math.min(wanted, a.getValue().size()), a.getValue().size())) {
                problems.add(fileName + ":" + f.range().beginLine() + ":" + f.range().beginColumn() + ": " + extra + " "
                        + f.ruleId() + ": " + f.message());
            }
        }
        return problems;
    }
}
