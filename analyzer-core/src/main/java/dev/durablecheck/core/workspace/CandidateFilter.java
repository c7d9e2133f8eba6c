package dev.durablecheck.core.workspace;

import dev.durablecheck.core.model.DurableModel;

import java.util.List;

/**
 * The fast textual prefilter: a file that never mentions the runtime's context type or package, nor
 * a configured wrapper's type, cannot hold orchestration code of its own, so it is not analysed in full (it may still be
 * parsed later, when resolution needs one of its types).
 */
public final class CandidateFilter {

    private final List<String> markers;

    public CandidateFilter(DurableModel model) {
        this.markers = model.textualMarkers();
    }

    public boolean mayHoldDurableCode(SourceFile file) {
        return !file.isReadable() || markers.stream().anyMatch(file.text()::contains);
    }
}
