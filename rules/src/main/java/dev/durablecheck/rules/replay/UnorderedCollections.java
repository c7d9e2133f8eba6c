package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.rule.RuleContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges whether iterating an expression visits its elements in an order that can change between
 * runs: by the declared type, or, for a variable declared as an interface, by the allocation site:
 * a local's initialiser, every value of a field whose writes {@link FieldValues} can all see
 * (read in the field's own file, which may be another one), and through a getter that only
 * returns such a field ({@link FieldGetters}). What cannot be judged counts as ordered, so that
 * rules stay silent.
 */
final class UnorderedCollections {

    private static final Set<String> UNORDERED_TYPES = Set.of("java.util.HashMap", "java.util.HashSet",
            "java.util.Hashtable", "java.util.IdentityHashMap", "java.util.WeakHashMap",
            "java.util.concurrent.ConcurrentHashMap");
    private static final Set<String> ORDERED_SUBTYPES = Set.of("java.util.LinkedHashMap", "java.util.LinkedHashSet");
    private static final Set<String> UNORDERED_FACTORIES = Set.of("java.util.Set#of", "java.util.Map#of",
            "java.util.Map#ofEntries", "java.util.Set#copyOf", "java.util.Map#copyOf");
    private static final Set<String> UNORDERED_COLLECTORS = Set.of("toSet", "toUnmodifiableSet", "toMap",
            "toUnmodifiableMap", "toConcurrentMap", "groupingBy", "groupingByConcurrent", "partitioningBy");
    private static final Set<String> VIEWS = Set.of("keySet", "values", "entrySet", "stream", "parallelStream",
            "iterator", "spliterator");
    /** Stream steps that keep the encounter order of their source; {@code sorted} makes it fixed. */
    private static final Set<String> ORDER_KEEPING_STEPS = Set.of("filter", "map", "mapToInt", "mapToLong",
            "mapToDouble", "mapToObj", "flatMap", "peek", "distinct", "limit", "skip", "boxed", "takeWhile", "dropWhile");
    /** Calls whose lambda argument runs once per element. */
    static final Set<String> PER_ELEMENT = Set.of("forEach", "forEachOrdered", "map", "flatMap", "filter", "peek",
            "mapToInt", "mapToLong", "mapToDouble", "mapToObj", "anyMatch", "allMatch", "noneMatch", "reduce",
            "collect", "takeWhile", "dropWhile", "replaceAll", "computeIfAbsent");

    private final RuleContext context;
    /** The resolver of the file the judged expressions are written in. */
    private final FileResolver resolver;

    UnorderedCollections(RuleContext context, FileResolver resolver) {
        this.context = context;
        this.resolver = resolver;
    }

    /** A short description of why iterating {@code e} is unordered ("a HashSet"), if it is. */
    Optional<String> unordered(Expression e) {
        return unordered(e, 0);
    }

    private Optional<String> unordered(Expression e, int depth) {
        if (depth > 20) {
            return Optional.empty();
        }
        if (e instanceof EnclosedExpr enclosed) {
            return unordered(enclosed.getInner(), depth + 1);
        }
        Optional<String> byType = resolver.typeOf(e).flatMap(this::unorderedType);
        if (byType.isPresent()) {
            return byType;
        }
        if (e instanceof NameExpr name && resolver.bindingOf(name).orElse(null) instanceof Binding.Local local) {
            return Optional.ofNullable(local.initializer()).flatMap(i -> unordered(i, depth + 1));
        }
        Optional<Binding.Field> field = resolver.fieldOf(e);
        if (field.isPresent()) {
            return field.get().source().flatMap(FieldValues::of).flatMap(values -> unorderedValues(values, depth));
        }
        if (e instanceof ObjectCreationExpr creation) {
            return resolver.scope().resolveType(creation.getType()).flatMap(this::unorderedType);
        }
        if (e instanceof MethodCallExpr call) {
            String method = call.getNameAsString();
            Optional<String> owner = resolver.targetOf(call).map(t -> t.owner());
            if (owner.isPresent() && UNORDERED_FACTORIES.contains(owner.get() + "#" + method)) {
                return Optional.of("'" + simple(owner.get()) + "." + method + "(...)'");
            }
            if (method.equals("collect") && call.getArguments().size() == 1
                    && call.getArgument(0) instanceof MethodCallExpr collector
                    && UNORDERED_COLLECTORS.contains(collector.getNameAsString())
                    && !hasMapFactory(collector)) {
                return Optional.of("the result of 'Collectors." + collector.getNameAsString() + "'");
            }
            if ((VIEWS.contains(method) || ORDER_KEEPING_STEPS.contains(method)) && call.getScope().isPresent()) {
                return unordered(call.getScope().get(), depth + 1);
            }
            Optional<Expression> returned = FieldGetters.returnedBy(call, resolver);
            if (returned.isPresent()) {
                return inFileOf(returned.get()).flatMap(getterFile -> getterFile.unordered(returned.get(), depth + 1));
            }
        }
        return Optional.empty();
    }

    /** {@code toMap(k, v, merge, LinkedHashMap::new)} and {@code groupingBy(f, TreeMap::new, d)} choose their map. */
    private static boolean hasMapFactory(MethodCallExpr collector) {
        String name = collector.getNameAsString();
        int arguments = collector.getArguments().size();
        return (name.startsWith("to") && name.endsWith("Map") && arguments == 4)
                || (name.startsWith("groupingBy") && arguments == 3);
    }

    private Optional<String> unorderedType(String type) {
        List<String> ancestors = resolver.types().ancestors(type);
        if (ancestors.stream().anyMatch(ORDERED_SUBTYPES::contains)) {
            return Optional.empty();
        }
        return ancestors.stream().filter(UNORDERED_TYPES::contains).findFirst().map(t -> "a " + simple(t));
    }

    /** Why every value a field can hold is unordered, if each one is; each is judged in its own file. */
    private Optional<String> unorderedValues(List<Expression> values, int depth) {
        Optional<String> why = Optional.empty();
        for (Expression value : values) {
            Optional<String> judged = inFileOf(value).flatMap(file -> file.unordered(value, depth + 1));
            if (judged.isEmpty()) {
                return Optional.empty();
            }
            why = why.or(() -> judged);
        }
        return why;
    }

    /** A judge for expressions of the file that holds {@code node}. */
    private Optional<UnorderedCollections> inFileOf(Node node) {
        Optional<CompilationUnit> unit = node.findCompilationUnit();
        if (unit.isEmpty() || unit.get() == resolver.unit()) {
            return unit.map(u -> this);
        }
        return Optional.of(new UnorderedCollections(context, context.resolverOf(unit.get())));
    }

    /**
     * The collection that a for-each loop or a per-element lambda ({@code forEach}, stream steps)
     * iterates: the loop's iterable or the receiver of the call the lambda is given to.
     */
    static Optional<Expression> iteratedBy(Node loopOrLambda) {
        if (loopOrLambda instanceof ForEachStmt loop) {
            return Optional.of(loop.getIterable());
        }
        if (loopOrLambda instanceof LambdaExpr lambda && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
                && PER_ELEMENT.contains(call.getNameAsString())) {
            return call.getScope();
        }
        return Optional.empty();
    }

    private static String simple(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }
}
