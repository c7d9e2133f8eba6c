package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.parse.ParsedSources;
import dev.durablecheck.core.parse.TreeIndex;
import dev.durablecheck.core.workspace.SourceFile;
import dev.durablecheck.core.workspace.Workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every type the analysis can know, by fully qualified name: the runtime's API from the profile,
 * types declared in the analysed sources (parsed lazily), and the JDK and classpath jars.
 * Thread-safe; one instance serves a whole run.
 */
public final class KnownTypes {

    private static final String OBJECT = "java.lang.Object";
    private static final List<String> PLATFORM_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final DurableModel model;
    private final Workspace workspace;
    private final ParsedSources parsed;
    private final LibraryTypes library;
    private final Map<String, Optional<TypeSummary>> sourceCache = new ConcurrentHashMap<>();
    private final Map<String, Optional<TypeDeclaration<?>>> declarationCache = new ConcurrentHashMap<>();
    private final Map<String, MethodsByName> methodIndexes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> ancestorCache = new ConcurrentHashMap<>();
    private final Map<String, List<String>> subtypeCache = new ConcurrentHashMap<>();
    private final ThreadLocal<Set<String>> digesting = ThreadLocal.withInitial(HashSet::new);
    /** Built on the first search for subtypes; guarded by {@code this}. */
    private SupertypeMentions supertypeMentions;
    private final Map<CompilationUnit, ImportScope> scopes = Collections.synchronizedMap(new IdentityHashMap<>());

    public KnownTypes(DurableModel model, Workspace workspace, ParsedSources parsed, List<Path> classpath,
                      Consumer<String> classpathProblems) {
        this.model = model;
        this.workspace = workspace;
        this.parsed = parsed;
        this.library = new LibraryTypes(classpath, classpathProblems);
    }

    public DurableModel model() {
        return model;
    }

    /**
     * Forgets what is kept of a tree the run is done with: its import scope and its types'
     * declarations. Their digests stay: they hold no node.
     */
    public void forget(CompilationUnit unit) {
        synchronized (scopes) {
            scopes.remove(unit);
        }
        for (TypeDeclaration<?> type : TreeIndex.of(unit).declaredTypes()) {
            type.getFullyQualifiedName().ifPresent(fqn -> {
                declarationCache.remove(fqn, Optional.of(type));
                methodIndexes.computeIfPresent(fqn, (name, index) -> index.type() == type ? null : index);
            });
        }
    }

    /** The import scope of a parsed file, built once. */
    public ImportScope scopeOf(CompilationUnit unit) {
        synchronized (scopes) {
            return scopes.computeIfAbsent(unit, u -> new ImportScope(u, this));
        }
    }

    public boolean exists(String fqn) {
        return model.isKnownType(fqn) || find(fqn).isPresent();
    }

    /**
     * Whether {@code fqn} belongs to the Java platform, which the catalog judges: its types are
     * known from the JDK, never from sources in the tree (a tree may hold {@code src.zip}).
     */
    public static boolean isPlatform(String fqn) {
        return PLATFORM_PACKAGES.stream().anyMatch(fqn::startsWith);
    }

    /** What is known of {@code fqn}: profile first, then the analysed sources, then libraries. */
    public Optional<TypeSummary> find(String fqn) {
        if (model.isKnownType(fqn)) {
            return Optional.of(new TypeSummary(fqn, true, model.supertypesOf(fqn), Map.of(), Map.of()));
        }
        Optional<TypeSummary> source = memoised(sourceCache, fqn, this::fromSource);
        return source.isPresent() ? source : library.find(fqn);
    }

    /**
     * The source declaration of a project type, if the type is declared in the analysed sources;
     * never one of the platform's.
     */
    public Optional<TypeDeclaration<?>> sourceDeclaration(String fqn) {
        return isPlatform(fqn) ? Optional.empty() : memoised(declarationCache, fqn, this::findSourceDeclaration);
    }

    /**
     * The methods named {@code name} that the source type {@code fqn} declares itself, in the order
     * written; none when the type is not in the sources. Reach asks this for every call it follows
     * and every supertype of the call's owner, so each type's methods are indexed by name once.
     */
    public List<MethodDeclaration> sourceMethods(String fqn, String name) {
        Optional<TypeDeclaration<?>> type = sourceDeclaration(fqn);
        if (type.isEmpty()) {
            return List.of();
        }
        MethodsByName index = methodIndexes.get(fqn);
        if (index == null || index.type() != type.get()) {
            index = new MethodsByName(type.get());
            methodIndexes.put(fqn, index);
        }
        return index.named(name);
    }

    /**
     * Whether the type {@code fqn} may carry an annotation of one of these simple names, judged
     * without parsing: a type of the sources does only when its file writes one of them; a type
     * of a jar or an unknown one may.
     */
    public boolean mayCarryAnnotation(String fqn, Set<String> simpleNames) {
        return declaringFile(fqn).map(file -> workspace.outlineOf(file).annotationNames().stream()
                .anyMatch(simpleNames::contains)).orElse(true);
    }

    /** The source file that declares {@code fqn}, a top-level type or one nested in it. */
    private Optional<SourceFile> declaringFile(String fqn) {
        for (String top = fqn; ; top = top.substring(0, top.lastIndexOf('.'))) {
            Optional<SourceFile> file = workspace.fileDeclaring(top);
            if (file.isPresent() || top.lastIndexOf('.') < 0) {
                return file;
            }
        }
    }

    private Optional<TypeDeclaration<?>> findSourceDeclaration(String fqn) {
        return declaringFile(fqn).flatMap(file -> parsed.parse(file).tree())
                .flatMap(unit -> scopeOf(unit).declaredTypes().stream()
                        .filter(type -> type.getFullyQualifiedName().filter(fqn::equals).isPresent())
                        .findFirst());
    }

    private Optional<TypeSummary> fromSource(String fqn) {
        Set<String> inProgress = digesting.get();
        if (!inProgress.add(fqn)) {
            // A cycle through illegal or half-edited code: treat the type as unknown.
            return Optional.empty();
        }
        try {
            return sourceDeclaration(fqn).map(type -> SourceTypeDigest.digest(fqn, type, this));
        } finally {
            inProgress.remove(fqn);
        }
    }

    /**
     * The types declared in the analysed sources that extend or implement {@code fqn}, directly or
     * not. Only files whose supertype clauses name the type's simple name are parsed to find them.
     */
    public List<String> sourceSubtypes(String fqn) {
        if (sourceDeclaration(fqn).filter(KnownTypes::cannotBeExtended).isPresent()) {
            // Records, enums and final classes have none: do not parse every file that names them.
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(directSubtypes(fqn));
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (!next.equals(fqn) && found.add(next)) {
                queue.addAll(directSubtypes(next));
            }
        }
        return List.copyOf(found);
    }

    private static boolean cannotBeExtended(TypeDeclaration<?> type) {
        return type instanceof RecordDeclaration || type instanceof EnumDeclaration
                || (type instanceof ClassOrInterfaceDeclaration declared && declared.isFinal());
    }

    private List<String> directSubtypes(String fqn) {
        return memoised(subtypeCache, fqn, this::computeDirectSubtypes);
    }

    private List<String> computeDirectSubtypes(String fqn) {
        List<String> found = new ArrayList<>();
        for (SourceFile file : supertypeMentions().filesNaming(fqn.substring(fqn.lastIndexOf('.') + 1))) {
            Optional<CompilationUnit> unit = parsed.parse(file).tree();
            if (unit.isEmpty()) {
                continue;
            }
            for (TypeDeclaration<?> type : scopeOf(unit.get()).declaredTypes()) {
                Optional<String> name = type.getFullyQualifiedName();
                if (name.isPresent() && find(name.get()).map(t -> t.supertypes().contains(fqn)).orElse(false)) {
                    found.add(name.get());
                }
            }
        }
        return List.copyOf(found);
    }

    private synchronized SupertypeMentions supertypeMentions() {
        if (supertypeMentions == null) {
            supertypeMentions = new SupertypeMentions(workspace.searchableFiles(), workspace::outlineOf);
        }
        return supertypeMentions;
    }

    /** {@code fqn} and all its known supertypes, nearest first, ending with {@code java.lang.Object}. */
    public List<String> ancestors(String fqn) {
        return memoised(ancestorCache, fqn, this::computeAncestors);
    }

    private List<String> computeAncestors(String fqn) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(fqn);
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            find(next).ifPresent(t -> queue.addAll(t.supertypes()));
        }
        seen.remove(OBJECT);
        seen.add(OBJECT);
        return List.copyOf(seen);
    }

    /** The methods named {@code name} accepting {@code arguments} arguments, declared on {@code owner} or a supertype. */
    public List<MethodSummary> methods(String owner, String name, int arguments) {
        List<MethodSummary> found = new ArrayList<>();
        for (String type : ancestors(owner)) {
            find(type).ifPresent(t -> found.addAll(t.methods(name, arguments)));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }

    /** Whether {@code owner} or a supertype declares a method called {@code name}. */
    public boolean declaresMethod(String owner, String name) {
        return ancestors(owner).stream().anyMatch(t -> find(t).map(s -> s.declaresMethod(name)).orElse(false));
    }

    /** The field {@code name} of {@code owner} or of its nearest supertype that declares it. */
    public Optional<FieldOwner> field(String owner, String name) {
        for (String type : ancestors(owner)) {
            Optional<FieldSummary> field = find(type).flatMap(t -> t.field(name));
            if (field.isPresent()) {
                return Optional.of(new FieldOwner(type, field.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code cache.computeIfAbsent} for computations that may consult the same cache for other
     * keys, which {@link ConcurrentHashMap#computeIfAbsent} forbids. Two threads may compute the
     * same value; both results are equal and the first one stored wins.
     */
    static <K, V> V memoised(Map<K, V> cache, K key, Function<K, V> compute) {
        V known = cache.get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(key);
        V raced = cache.putIfAbsent(key, computed);
        return raced != null ? raced : computed;
    }

    /**
     * A field together with the type that declares it.
     */
    public record FieldOwner(String declaringType, FieldSummary field) {
    }
}
