package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.durablecheck.core.parse.TreeIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the type names written in one compilation unit to fully qualified names, the way
 * {@code javac} does: type variables, types declared in the file, single-type imports, the
 * file's package, on-demand imports and {@code java.lang}, in that order. Also answers which
 * type a static import brings a member from.
 */
public final class ImportScope {

    /** Set while an inherited member type is looked up on this thread (see {@link #inheritedMemberType}). */
    private static final ThreadLocal<Boolean> INHERITED_LOOKUP = ThreadLocal.withInitial(() -> false);

    private final KnownTypes types;
    private final String packageName;
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> onDemandImports = new ArrayList<>();
    private final Map<String, String> staticSingleImports = new HashMap<>();
    private final List<String> staticOnDemandImports = new ArrayList<>();
    private final Map<String, List<TypeDeclaration<?>>> declaredTypes = new HashMap<>();
    private final List<TypeDeclaration<?>> allDeclaredTypes;
    private final Map<String, Optional<String>> fileLevelCache = new ConcurrentHashMap<>();
    private final Map<InheritedName, Optional<String>> inheritedCache = new ConcurrentHashMap<>();

    ImportScope(CompilationUnit unit, KnownTypes types) {
        this.types = types;
        this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (ImportDeclaration imp : unit.getImports()) {
            String name = imp.getNameAsString();
            if (imp.isStatic()) {
                if (imp.isAsterisk()) {
                    staticOnDemandImports.add(name);
                } else {
                    int dot = name.lastIndexOf('.');
                    // JavaParser accepts `import static x;`, which names no member of any type.
                    if (dot > 0) {
                        staticSingleImports.putIfAbsent(name.substring(dot + 1), name.substring(0, dot));
                    }
                }
            } else if (imp.isAsterisk()) {
                onDemandImports.add(name);
            } else {
                singleImports.putIfAbsent(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        List<TypeDeclaration<?>> all = new ArrayList<>();
        for (TypeDeclaration<?> type : TreeIndex.of(unit).declaredTypes()) {
            declaredTypes.computeIfAbsent(type.getNameAsString(), k -> new ArrayList<>()).add(type);
            all.add(type);
        }
        this.allDeclaredTypes = List.copyOf(all);
    }

    /** Every type the file declares, nested and local ones included, in the order they start. */
    public List<TypeDeclaration<?>> declaredTypes() {
        return allDeclaredTypes;
    }

    /**
     * The fully qualified name of the type {@code name} (simple or qualified) written at
     * {@code context}; empty for type variables and names that cannot be resolved.
     */
    public Optional<String> resolveType(String name, Node context) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            Optional<String> outer = resolveType(name.substring(0, dot), context);
            if (outer.isPresent()) {
                String nested = outer.get() + name.substring(dot);
                return types.exists(nested) ? Optional.of(nested) : Optional.empty();
            }
            return types.exists(name) ? Optional.of(name) : Optional.empty();
        }
        if (isTypeVariable(name, context)) {
            return Optional.empty();
        }
        Optional<String> declaredHere = declaredInFile(name, context);
        if (declaredHere.isPresent()) {
            return declaredHere;
        }
        Optional<String> atFileLevel = KnownTypes.memoised(fileLevelCache, name, this::resolveAtFileLevel);
        if (atFileLevel.isPresent() || INHERITED_LOOKUP.get()) {
            return atFileLevel;
        }
        Optional<ClassOrInterfaceDeclaration> enclosing = context.findAncestor(ClassOrInterfaceDeclaration.class);
        return enclosing.isEmpty() ? atFileLevel : KnownTypes.memoised(inheritedCache,
                new InheritedName(enclosing.get(), name), key -> inheritedMemberType(key.name(), context));
    }

    /** A simple name looked up among the member types one class inherits, by the class's declaration. */
    private record InheritedName(ClassOrInterfaceDeclaration enclosing, String name) {

        @Override
        public boolean equals(Object other) {
            return other instanceof InheritedName o && o.enclosing == enclosing && o.name.equals(name);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(enclosing) * 31 + name.hashCode();
        }
    }

    /**
     * A member type that an enclosing class inherits from a supertype, written by its simple name
     * as Java allows: {@code ClusterState} in a class implementing an interface that declares it.
     * Looked up only when nothing else resolves the name, and never from within such a lookup, so
     * that reading a supertype's members cannot come back to the type being read.
     */
    private Optional<String> inheritedMemberType(String simple, Node context) {
        INHERITED_LOOKUP.set(true);
        try {
            for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
                if (!(n instanceof ClassOrInterfaceDeclaration type)) {
                    continue;
                }
                List<ClassOrInterfaceType> direct = new ArrayList<>(type.getExtendedTypes());
                direct.addAll(type.getImplementedTypes());
                for (ClassOrInterfaceType supertype : direct) {
                    Optional<String> resolved = resolveType(supertype);
                    if (resolved.isEmpty()) {
                        continue;
                    }
                    for (String ancestor : types.ancestors(resolved.get())) {
                        if (types.exists(ancestor + "." + simple)) {
                            return Optional.of(ancestor + "." + simple);
                        }
                    }
                }
            }
            return Optional.empty();
        } finally {
            INHERITED_LOOKUP.set(false);
        }
    }

    private Optional<String> resolveAtFileLevel(String simple) {
        String imported = singleImports.get(simple);
        if (imported != null) {
            return Optional.of(imported);
        }
        String samePackage = packageName.isEmpty() ? simple : packageName + "." + simple;
        if (types.exists(samePackage)) {
            return Optional.of(samePackage);
        }
        for (String prefix : onDemandImports) {
            String candidate = prefix + "." + simple;
            if (types.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        String lang = "java.lang." + simple;
        return types.exists(lang) ? Optional.of(lang) : Optional.empty();
    }

    /**
     * The erased, fully qualified form of a written type: {@code java.util.List} for
     * {@code List<Order>}, {@code int}, {@code java.lang.String[]}; empty for {@code var}, type
     * variables and names that cannot be resolved.
     */
    public Optional<String> resolveType(Type type) {
        if (type.isPrimitiveType()) {
            return Optional.of(type.asPrimitiveType().asString());
        }
        if (type.isVoidType()) {
            return Optional.of("void");
        }
        if (type.isArrayType()) {
            return resolveType(type.asArrayType().getComponentType()).map(c -> c + "[]");
        }
        if (type.isClassOrInterfaceType()) {
            ClassOrInterfaceType c = type.asClassOrInterfaceType();
            return resolveType(c.getNameWithScope(), type);
        }
        return Optional.empty();
    }

    /** The types a static import could bring {@code member} from, most specific first. */
    public List<String> staticImportOwners(String member) {
        List<String> owners = new ArrayList<>();
        String single = staticSingleImports.get(member);
        if (single != null) {
            owners.add(single);
        }
        owners.addAll(staticOnDemandImports);
        return owners;
    }

    private Optional<String> declaredInFile(String simple, Node context) {
        List<TypeDeclaration<?>> candidates = declaredTypes.get(simple);
        if (candidates == null) {
            return Optional.empty();
        }
        for (TypeDeclaration<?> candidate : candidates) {
            if (candidate.getFullyQualifiedName().isPresent()) {
                return candidate.getFullyQualifiedName();
            }
        }
        // A local class: it has no qualified name, but it is a known project type by its simple name.
        return Optional.of(simple);
    }

    private static boolean isTypeVariable(String name, Node context) {
        return typeParameter(name, context).isPresent();
    }

    /** The type parameter {@code name} names where {@code context} stands, the innermost one. */
    private static Optional<TypeParameter> typeParameter(String name, Node context) {
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> generic
                    && (n instanceof CallableDeclaration<?> || n instanceof TypeDeclaration<?>)) {
                Optional<TypeParameter> found = generic.getTypeParameters().stream()
                        .filter(p -> p.getNameAsString().equals(name)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first bound of the type variable a written type names, erased: {@code JobInput} for
     * {@code I} in {@code class BatchJob<I extends JobInput>}; empty for an unbounded type variable,
     * whose members are Object's, and for any other type.
     */
    public Optional<String> typeVariableBound(Type type) {
        if (!type.isClassOrInterfaceType() || type.asClassOrInterfaceType().getScope().isPresent()) {
            return Optional.empty();
        }
        return typeParameter(type.asClassOrInterfaceType().getNameAsString(), type)
                .flatMap(parameter -> parameter.getTypeBound().getFirst())
                .flatMap(this::resolveType);
    }
}
