package dev.durablecheck.core.workspace;

import dev.durablecheck.core.model.DurableModel;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The fast textual prefilter: a file that never mentions the runtime's context type or package, nor
 * a configured wrapper's type, cannot hold orchestration code of its own, so it is not analysed in
 * full (it may still be parsed later, when resolution needs one of its types). The one exception is
 * an implementation of an entry interface (a Temporal workflow class that imports nothing of
 * Temporal's): it is known by its supertype clause naming an interface that a marked file
 * declares under an entry annotation.
 */
public final class CandidateFilter {

    private final List<String> markers;
    private final List<String> entryAnnotations;

    public CandidateFilter(DurableModel model) {
        this.markers = model.textualMarkers();
        this.entryAnnotations = model.entryAnnotationNames().stream().map(name -> "@" + name).toList();
    }

    public boolean mayHoldDurableCode(SourceFile file) {
        return !file.isReadable() || markers.stream().anyMatch(file.text()::contains);
    }

    /** The files of {@code files} that may hold orchestration code, in their order. */
    public List<SourceFile> candidates(List<SourceFile> files, Workspace workspace) {
        List<SourceFile> marked = files.stream().filter(this::mayHoldDurableCode).toList();
        Set<String> entryInterfaces = new HashSet<>();
        for (SourceFile file : marked) {
            if (file.isReadable() && entryAnnotations.stream().anyMatch(file.text()::contains)) {
                entryInterfaces.addAll(workspace.outlineOf(file).declaredTypes());
            }
        }
        if (entryInterfaces.isEmpty()) {
            return marked;
        }
        Set<SourceFile> isMarked = Collections.newSetFromMap(new IdentityHashMap<>());
        isMarked.addAll(marked);
        return files.stream().filter(f -> isMarked.contains(f)
                || workspace.outlineOf(f).supertypeNames().stream().anyMatch(entryInterfaces::contains)).toList();
    }
}
