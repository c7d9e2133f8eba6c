package dev.durablecheck.core.workspace;

import dev.durablecheck.core.model.DurableModel;

import java.nio.file.Path;
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
 * declares under an entry annotation, or that a classpath jar holds under one.
 */
public final class CandidateFilter {

    private final List<String> markers;
    private final Set<String> entryAnnotations;
    private final List<String> entryAnnotationsAsWritten;
    private final List<Path> classpath;

    /** @param classpath the jars whose entry interfaces make an implementing file a candidate */
    public CandidateFilter(DurableModel model, List<Path> classpath) {
        this.markers = model.textualMarkers();
        this.entryAnnotations = model.entryAnnotations();
        this.entryAnnotationsAsWritten = entryAnnotations.stream()
                .map(name -> "@" + name.substring(name.lastIndexOf('.') + 1)).distinct().toList();
        this.classpath = List.copyOf(classpath);
    }

    public boolean mayHoldDurableCode(SourceFile file) {
        return !file.isReadable() || markers.stream().anyMatch(file.text()::contains);
    }

    /** The files of {@code files} that may hold orchestration code, in their order. */
    public List<SourceFile> candidates(List<SourceFile> files, Workspace workspace) {
        // In parallel: each file's text is searched for every marker, thousands of files on a large tree.
        List<SourceFile> marked = files.parallelStream().filter(this::mayHoldDurableCode).toList();
        Set<SourceFile> isMarked = Collections.newSetFromMap(new IdentityHashMap<>());
        isMarked.addAll(marked);
        Set<String> entryInterfaces = new HashSet<>();
        for (SourceFile file : marked) {
            if (file.isReadable() && entryAnnotationsAsWritten.stream().anyMatch(file.text()::contains)) {
                entryInterfaces.addAll(workspace.outlineOf(file).declaredTypes());
            }
        }
        entryInterfaces.addAll(entryInterfacesInJars(files, isMarked, workspace));
        if (entryInterfaces.isEmpty()) {
            return marked;
        }
        return files.stream().filter(f -> isMarked.contains(f)
                || workspace.outlineOf(f).supertypeNames().stream().anyMatch(entryInterfaces::contains)).toList();
    }

    /**
     * The entry interfaces in jars that the unmarked files' supertype clauses may name. The outlines
     * are already read, so the cost is the jars' directories and the few class files so named.
     */
    private Set<String> entryInterfacesInJars(List<SourceFile> files, Set<SourceFile> isMarked, Workspace workspace) {
        if (classpath.isEmpty() || entryAnnotations.isEmpty()) {
            return Set.of();
        }
        Set<String> named = new HashSet<>();
        for (SourceFile file : files) {
            if (!isMarked.contains(file)) {
                named.addAll(workspace.outlineOf(file).supertypeNames());
            }
        }
        return named.isEmpty() ? Set.of() : JarEntryInterfaces.among(named, classpath, entryAnnotations);
    }
}
