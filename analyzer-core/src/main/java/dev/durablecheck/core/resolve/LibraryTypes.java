package dev.durablecheck.core.resolve;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.durablecheck.core.workspace.ClassFileAnnotations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Types of the JDK and of the jars on the classpath, read through JavaParser's type solvers (and a
 * jar's class file for what they leave out) and digested into {@link TypeSummary} once per type.
 * The solvers are not thread-safe, so loading is serialised; the digests are immutable and shared.
 */
final class LibraryTypes {

    private final TypeSolver solver;
    /** Used under the solver's lock, like the solver; and so is {@link #finality}, which reads it. */
    private final JarClasses jars;
    private final FieldFinality finality;
    private final Map<String, Optional<TypeSummary>> cache = new ConcurrentHashMap<>();

    /**
     * @param classpath jars to add to the JDK
     * @param problems receives one message per classpath entry that cannot be used
     */
    LibraryTypes(List<Path> classpath, Consumer<String> problems) {
        CombinedTypeSolver combined = new CombinedTypeSolver(new ReflectionTypeSolver(true));
        for (Path entry : classpath) {
            // Opened here first because the solver's own error for a corrupt jar names only its path.
            try (ZipFile opened = new ZipFile(entry.toFile())) {
                combined.add(new JarTypeSolver(entry));
            } catch (ZipException e) {
                problems.accept(entry + ": cannot read classpath entry: not a valid jar (" + describe(e) + ")");
            } catch (IOException | RuntimeException e) {
                problems.accept(entry + ": cannot read classpath entry: " + describe(e));
            }
        }
        this.solver = combined;
        this.jars = new JarClasses(classpath);
        this.finality = new FieldFinality(jars);
    }

    Optional<TypeSummary> find(String fqn) {
        Optional<TypeSummary> cached = cache.get(fqn);
        if (cached != null) {
            return cached;
        }
        Optional<TypeSummary> loaded;
        synchronized (solver) {
            loaded = load(fqn);
        }
        cache.putIfAbsent(fqn, loaded);
        return loaded;
    }

    private Optional<TypeSummary> load(String fqn) {
        try {
            SymbolReference<ResolvedReferenceTypeDeclaration> ref = solver.tryToSolveType(fqn);
            if (!ref.isSolved()) {
                return Optional.empty();
            }
            return Optional.of(digest(fqn, ref.getCorrespondingDeclaration()));
        } catch (RuntimeException | LinkageError e) {
            // A jar whose own dependencies are missing: the type is unknown rather than fatal.
            return Optional.empty();
        }
    }

    private TypeSummary digest(String fqn, ResolvedReferenceTypeDeclaration decl) {
        List<String> supertypes = new ArrayList<>();
        try {
            for (ResolvedReferenceType ancestor : decl.getAncestors(true)) {
                supertypes.add(ancestor.getQualifiedName());
            }
        } catch (RuntimeException e) {
            // keep what resolved
        }
        Map<String, List<MethodSummary>> methods = new LinkedHashMap<>();
        try {
            for (ResolvedMethodDeclaration m : decl.getDeclaredMethods()) {
                try {
                    methods.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(new MethodSummary(
                            m.getName(), m.getNumberOfParams(), m.hasVariadicParameter(), m.isStatic(),
                            erasure(m.getReturnType())));
                } catch (RuntimeException e) {
                    // a method whose signature mentions a missing type
                }
            }
        } catch (RuntimeException e) {
            // no methods known
        }
        Map<String, FieldSummary> fields = new LinkedHashMap<>();
        try {
            for (ResolvedFieldDeclaration f : decl.getDeclaredFields()) {
                try {
                    fields.put(f.getName(), new FieldSummary(f.getName(), erasure(f.getType()), f.isStatic(),
                            finality.isFinal(fqn, f.getName()).orElse(false)));
                } catch (RuntimeException e) {
                    // a field whose type is missing
                }
            }
        } catch (RuntimeException e) {
            // no fields known
        }
        methods.replaceAll((k, v) -> List.copyOf(v));
        ClassFileAnnotations annotations = annotations(fqn);
        return new TypeSummary(fqn, decl.isInterface(), List.copyOf(supertypes), Map.copyOf(methods), Map.copyOf(fields),
                annotations.onType(), annotations.onMethods());
    }

    /**
     * The annotations of a jar's class, as a runtime profile asks about them: a workflow interface
     * published in a shared API jar. The JDK's are not read: no profile names the platform's.
     */
    private ClassFileAnnotations annotations(String fqn) {
        try {
            return jars.find(fqn).map(type -> ClassFileAnnotations.of(type.getClassFile2())).orElse(ClassFileAnnotations.NONE);
        } catch (RuntimeException e) {
            // A malformed annotation attribute: the type is known without its annotations.
            return ClassFileAnnotations.NONE;
        }
    }

    private static String erasure(ResolvedType type) {
        if (type.isVoid()) {
            return "void";
        }
        if (type.isPrimitive()) {
            return type.asPrimitive().describe();
        }
        if (type.isReferenceType()) {
            return type.asReferenceType().getQualifiedName();
        }
        if (type.isArray()) {
            String component = erasure(type.asArrayType().getComponentType());
            return component == null ? null : component + "[]";
        }
        return null;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
