package dev.durablecheck.core.facts;

import com.github.javaparser.ast.CompilationUnit;
import dev.durablecheck.core.parse.ParsedSources;
import dev.durablecheck.core.region.RegionClassifier;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.resolve.MemberAccesses;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/** The facts of every file the run reads, one {@link FileFacts} per parsed tree. Thread-safe. */
public final class FileFactsCache {

    private final KnownTypes types;
    private final ParsedSources parsed;
    private final Map<CompilationUnit, FileFacts> files = Collections.synchronizedMap(new IdentityHashMap<>());

    public FileFactsCache(KnownTypes types, ParsedSources parsed) {
        this.types = types;
        this.parsed = parsed;
    }

    /** Forgets the facts of a tree the run is done with. */
    public void forget(CompilationUnit unit) {
        files.remove(unit);
    }

    /** The facts of a tree parsed in this run. */
    public FileFacts of(CompilationUnit unit) {
        FileFacts known = files.get(unit);
        if (known != null) {
            return known;
        }
        FileResolver resolver = new FileResolver(unit, types);
        FileFacts built = new FileFacts(parsed.pathOf(unit), resolver, new RegionClassifier(resolver), new MemberAccesses(resolver));
        FileFacts raced = files.putIfAbsent(unit, built);
        return raced != null ? raced : built;
    }
}
