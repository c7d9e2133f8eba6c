package dev.durablecheck.corpus;

import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.IncompleteAnalysis;
import dev.durablecheck.core.ParseErrors;
import dev.durablecheck.core.rule.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule is specified by enough cases: at least six expected findings and six look-alikes
 * marked {@code // ok:} that must stay silent, and markers only name rules that exist.
 */
class CorpusCoverageTest {

    private static final int MINIMUM = 6;

    @Test
    void everyRuleHasSixPositiveAndSixLookAlikeCases() throws IOException {
        Map<String, Integer> positives = new HashMap<>();
        Map<String, Integer> lookAlikes = new HashMap<>();
        for (Path file : CorpusRun.caseFiles()) {
            Markers markers = Markers.read(file);
            markers.expected().forEach(e -> positives.merge(e.ruleId(), 1, Integer::sum));
            markers.lookAlikes().forEach(o -> lookAlikes.merge(o.ruleId(), 1, Integer::sum));
        }
        List<String> thin = new ArrayList<>();
        for (RuleDescriptor rule : Analyzer.withInstalledRules().descriptors()) {
            if (rule.id().equals(ParseErrors.DESCRIPTOR.id()) || rule.id().equals(IncompleteAnalysis.DESCRIPTOR.id())) {
                // A file that does not parse cannot be a compiled case, and one whose analysis does not
                // complete would fail the corpus; the core, CLI and Maven tests cover both.
                continue;
            }
            int p = positives.getOrDefault(rule.id(), 0);
            int o = lookAlikes.getOrDefault(rule.id(), 0);
            if (p < MINIMUM || o < MINIMUM) {
                thin.add(rule.id() + ": " + p + " expected, " + o + " look-alikes");
            }
        }
        assertThat(thin).as("rules with fewer than %d cases of either kind", MINIMUM).isEmpty();
    }

    @Test
    void markersNameRegisteredRules() throws IOException {
        List<String> known = Analyzer.withInstalledRules().descriptors().stream().map(RuleDescriptor::id).toList();
        for (Path file : CorpusRun.caseFiles()) {
            Markers markers = Markers.read(file);
            markers.expected().forEach(e -> assertThat(known).as("%s:%d", file.getFileName(), e.line()).contains(e.ruleId()));
            markers.lookAlikes().forEach(o -> assertThat(known).as("%s:%d", file.getFileName(), o.line()).contains(o.ruleId()));
        }
    }
}
