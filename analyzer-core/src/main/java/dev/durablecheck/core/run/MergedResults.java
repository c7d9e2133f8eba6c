package dev.durablecheck.core.run;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.SuppressedFinding;
import dev.durablecheck.core.UnanalysedFile;
import dev.durablecheck.core.UnresolvedCall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The results of runs over disjoint sets of files (one per configuration) as one result, ordered as
 * a single run orders it. Each run read the same workspace, so a warning about it, or an unresolved
 * call in a helper both reached, is kept once.
 */
final class MergedResults {

    private MergedResults() {
    }

    static AnalysisResult of(List<AnalysisResult> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Finding> findings = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        List<UnanalysedFile> unanalysed = new ArrayList<>();
        List<String> internalErrors = new ArrayList<>();
        TreeSet<String> warnings = new TreeSet<>();
        Map<String, UnresolvedCall> unresolved = new TreeMap<>();
        int scanned = 0;
        int analysed = 0;
        int stale = 0;
        for (AnalysisResult part : parts) {
            findings.addAll(part.findings());
            suppressed.addAll(part.suppressed());
            unanalysed.addAll(part.unanalysed());
            internalErrors.addAll(part.internalErrors());
            warnings.addAll(part.warnings());
            for (UnresolvedCall call : part.unresolvedCalls()) {
                unresolved.putIfAbsent(call.positionKey(), call);
            }
            scanned += part.filesScanned();
            analysed += part.filesAnalysed();
            baselined.addAll(part.baselinedFindings());
            stale += part.staleBaselineEntries();
        }
        findings.sort(Finding.ORDER);
        baselined.sort(Finding.ORDER);
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
        internalErrors.sort(Comparator.naturalOrder());
        return new AnalysisResult(findings, scanned, analysed, new ArrayList<>(unresolved.values()),
                new ArrayList<>(warnings), internalErrors, suppressed, baselined, stale, unanalysed);
    }
}
