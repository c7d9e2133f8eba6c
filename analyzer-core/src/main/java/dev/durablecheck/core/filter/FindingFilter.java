package dev.durablecheck.core.filter;

import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.SuppressedFinding;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.rule.RuleDescriptor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The filter stage: sets configured severities, sets aside findings that a suppression covers
 * (in the configuration for the file, or in the source at the reported line or anywhere along its
 * chain), reports malformed suppressions, and leaves out what the baseline holds.
 */
public final class FindingFilter {

    private final Configuration configuration;
    private final Function<Path, Optional<SuppressionIndex>> suppressionsIn;
    private final Map<Path, Optional<SuppressionIndex>> indexes = new HashMap<>();

    /**
     * @param suppressionsIn the suppressions written in a file, if the run read the file
     */
    public FindingFilter(Configuration configuration, Function<Path, Optional<SuppressionIndex>> suppressionsIn) {
        this.configuration = configuration;
        this.suppressionsIn = suppressionsIn;
    }

    /** What the filter let through, what it set aside, and what the baseline did. */
    public record Filtered(List<Finding> reported, List<SuppressedFinding> suppressed, List<Finding> baselined, int stale) {
    }

    /**
     * @param findings sorted findings of the run
     * @param analysedFiles the files analysed in full, whose malformed suppressions are reported
     * @param inRun whether a file lies below the paths the run analyses, for baseline entries
     */
    public Filtered apply(List<Finding> findings, List<Path> analysedFiles, Optional<AnalysisRequest.BaselineUse> baseline,
                          Predicate<Path> inRun) {
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding raw : findings) {
            if (configuration.isOff(raw.ruleId())) {
                continue;
            }
            Finding f = raw.withSeverity(configuration.severityOf(raw.ruleId(), raw.severity()));
            Optional<Suppression> suppression = suppressionOf(f);
            if (suppression.isPresent()) {
                suppressed.add(new SuppressedFinding(f, suppression.get()));
            } else {
                active.add(f);
            }
        }
        // Malformed suppressions in every file the run read them from: analysed files and the
        // helpers that chains pass through.
        analysedFiles.forEach(this::index);
        for (Map.Entry<Path, Optional<SuppressionIndex>> read : new TreeMap<>(indexes).entrySet()) {
            read.getValue().ifPresent(index -> index.problems().stream()
                    .map(problem -> problemFinding(read.getKey(), problem))
                    .filter(problem -> !configuration.isOff(problem.ruleId()))
                    .forEach(active::add));
        }
        active.sort(Finding.ORDER);
        if (baseline.isEmpty()) {
            return new Filtered(active, suppressed, List.of(), 0);
        }
        Baseline.Applied applied = baseline.get().baseline().apply(active, baseline.get().folder(), inRun);
        return new Filtered(applied.remaining(), suppressed, applied.baselined(), applied.stale());
    }

    private Optional<Suppression> suppressionOf(Finding f) {
        Optional<Suppression> configured = configuration.suppressionOf(f.ruleId(), f.file())
                .map(s -> new Suppression(Suppression.Kind.CONFIGURATION, s.reason()));
        if (configured.isPresent()) {
            return configured;
        }
        Optional<Suppression> here = suppressionAt(f.file(), f.range().beginLine(), f.ruleId());
        if (here.isPresent()) {
            return here;
        }
        for (CallHop hop : f.chain()) {
            Optional<Suppression> along = suppressionAt(hop.file(), hop.range().beginLine(), f.ruleId());
            if (along.isPresent()) {
                return along;
            }
        }
        return Optional.empty();
    }

    private Optional<Suppression> suppressionAt(Path file, int line, String ruleId) {
        return index(file).flatMap(index -> index.find(line, ruleId));
    }

    private Optional<SuppressionIndex> index(Path file) {
        return indexes.computeIfAbsent(file, suppressionsIn);
    }

    private Finding problemFinding(Path file, SuppressionIndex.Problem problem) {
        RuleDescriptor rule = problem.kind() == SuppressionIndex.Problem.Kind.NO_REASON
                ? SuppressionRules.SUPPRESSION_WITHOUT_REASON : SuppressionRules.UNKNOWN_SUPPRESSION;
        String message = switch (problem.kind()) {
            case UNKNOWN_RULE -> "the suppression names '" + problem.text() + "', which is not a durable-check rule "
                    + "id, so it suppresses nothing; see durable-check --list-rules";
            case MALFORMED -> "the comment '" + problem.text() + "' is not a suppression durable-check understands, so "
                    + "it suppresses nothing; write // durable-check:ignore <rule-id>[,<rule-id>] -- <reason>";
            case NO_REASON -> "the durable-check:ignore comment for " + problem.text() + " gives no reason; add one "
                    + "after ' -- ' so that reviewers know why the finding is acceptable";
        };
        TextRange range = problem.range();
        Finding f = new Finding(rule.id(), rule.severity(), file, range, message, "", problem.text(), List.of());
        return f.withSeverity(configuration.severityOf(rule.id(), rule.severity()));
    }
}
