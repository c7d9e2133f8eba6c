package dev.durablecheck.core;

import java.util.Comparator;
import java.util.List;

/**
 * What a run found.
 *
 * @param findings sorted by {@link Finding#ORDER}
 * @param filesScanned Java files found below the analysed paths
 * @param filesAnalysed files that may hold durable code, analysed in full unless {@code unanalysed} names them
 * @param unresolvedCalls calls in orchestration code whose target could not be resolved, so no
 *     rule could judge them, in file and position order
 * @param warnings problems that did not stop the run, such as an unusable classpath entry
 * @param internalErrors failures of the analyzer itself on some file; the rest was analysed
 * @param suppressed findings that suppressions in the source cover, sorted like the findings
 * @param baselinedFindings the findings the baseline held and left out, sorted like the findings
 * @param staleBaselineEntries baseline entries that matched no finding, which can be pruned
 * @param unanalysed files that may hold durable code but were not analysed in full, in file order,
 *     whether or not their findings were suppressed or baselined
 */
public record AnalysisResult(List<Finding> findings, int filesScanned, int filesAnalysed, List<UnresolvedCall> unresolvedCalls,
                             List<String> warnings, List<String> internalErrors, List<SuppressedFinding> suppressed,
                             List<Finding> baselinedFindings, int staleBaselineEntries, List<UnanalysedFile> unanalysed) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        unanalysed = unanalysed.stream().sorted(Comparator.comparing((UnanalysedFile u) -> u.file().toString())).toList();
        unresolvedCalls = List.copyOf(unresolvedCalls);
        warnings = List.copyOf(warnings);
        internalErrors = List.copyOf(internalErrors);
        suppressed = List.copyOf(suppressed);
        baselinedFindings = List.copyOf(baselinedFindings);
    }

    /** A result with nothing suppressed or baselined. */
    public AnalysisResult(List<Finding> findings, int filesScanned, int filesAnalysed, List<UnresolvedCall> unresolvedCalls,
                          List<String> warnings, List<String> internalErrors) {
        this(findings, filesScanned, filesAnalysed, unresolvedCalls, warnings, internalErrors, List.of(), List.of(), 0, List.of());
    }

    /** How many findings the baseline held and left out. */
    public int baselined() {
        return baselinedFindings.size();
    }

    /** Whether the analyzer gave up on some file, so the run did not complete as a tool run. */
    public boolean hasIncompleteAnalyses() {
        return unanalysed.stream().anyMatch(UnanalysedFile::isIncomplete);
    }
}
