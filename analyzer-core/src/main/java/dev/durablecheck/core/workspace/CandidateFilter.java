package dev.durablecheck.core.workspace;

import dev.durablecheck.core.model.DurableModel;

/**
 * The fast textual prefilter: a file that never mentions the runtime's context type or package
 * cannot hold orchestration code of its own, so it is not analysed in full (it may still be
 * parsed later, when resolution needs one of its types).
 */
public final class CandidateFilter {

    private final String contextSimpleName;
    private final String runtimePackage;

    public CandidateFilter(DurableModel model) {
        String context = model.contextType();
        this.contextSimpleName = context.substring(context.lastIndexOf('.') + 1);
        this.runtimePackage = context.substring(0, context.lastIndexOf('.'));
    }

    public boolean mayHoldDurableCode(SourceFile file) {
        return !file.isReadable() || file.text().contains(contextSimpleName) || file.text().contains(runtimePackage);
    }
}
