package dev.durablecheck.core;

import java.util.List;

/**
 * What a run found.
 *
 * @param findings sorted by {@link Finding#ORDER}
 * @param filesScanned Java files found below the analysed paths
 * @param filesAnalysed files that may hold durable code and were analysed in full
 * @param unresolvedCalls calls in orchestration code whose target could not be resolved, so no
 *     rule could judge them, in file and position order
 * @param warnings problems that did not stop the run, such as an unusable classpath entry
 * @param internalErrors failures of the analyzer itself on some file; the rest was analysed
 */
public record AnalysisResult(List<Finding> findings, int filesScanned, int filesAnalysed, List<UnresolvedCall> unresolvedCalls,
                             List<String> warnings, List<String> internalErrors) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        unresolvedCalls = List.copyOf(unresolvedCalls);
        warnings = List.copyOf(warnings);
        internalErrors = List.copyOf(internalErrors);
    }
}
