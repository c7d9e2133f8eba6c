package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.rules.Group;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reports mutation, inside a step body, of state that outlives the body; see
 * {@code docs/rules/captured-state-mutation.md}. Replay skips the body, so the mutation is missing
 * on replay.
 */
public final class CapturedStateMutationRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("captured-state-mutation", Severity.ERROR,
            "Mutation inside a step body of state captured from outside it, which replay never repeats",
            Group.REPLAY_STRUCTURE);

    private static final Set<String> COLLECTION_MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "put",
            "putAll", "putIfAbsent", "remove", "removeAll", "removeIf", "retainAll", "clear", "set", "merge", "compute",
            "computeIfAbsent", "computeIfPresent", "replace", "replaceAll", "sort", "offer", "offerFirst", "offerLast",
            "push", "poll", "pollFirst", "pollLast", "pop", "removeFirst", "removeLast");
    private static final Set<String> ATOMIC_MUTATORS = Set.of("set", "lazySet", "setPlain", "setOpaque", "setRelease",
            "incrementAndGet", "getAndIncrement", "decrementAndGet", "getAndDecrement", "addAndGet", "getAndAdd",
            "accumulateAndGet", "getAndAccumulate", "updateAndGet", "getAndUpdate", "compareAndSet",
            "compareAndExchange", "weakCompareAndSet", "weakCompareAndSetPlain", "getAndSet", "add", "increment",
            "decrement", "reset", "accumulate");
    private static final Set<String> BUILDER_MUTATORS = Set.of("append", "insert", "delete", "deleteCharAt",
            "setLength", "reverse", "replace", "setCharAt", "appendCodePoint");

    /** Mutating methods by the supertype that declares them. */
    private static final Map<String, Set<String>> MUTATORS = Map.ofEntries(
            Map.entry("java.util.Collection", COLLECTION_MUTATORS),
            Map.entry("java.util.Map", COLLECTION_MUTATORS),
            Map.entry("java.util.concurrent.atomic.AtomicInteger", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.AtomicLong", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.AtomicBoolean", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.AtomicReference", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.AtomicIntegerArray", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.AtomicLongArray", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.AtomicReferenceArray", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.LongAdder", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.DoubleAdder", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.LongAccumulator", ATOMIC_MUTATORS),
            Map.entry("java.util.concurrent.atomic.DoubleAccumulator", ATOMIC_MUTATORS),
            Map.entry("java.lang.StringBuilder", BUILDER_MUTATORS),
            Map.entry("java.lang.StringBuffer", BUILDER_MUTATORS));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context) {
        FileResolver resolver = context.resolver();
        Preorder.walk(context.unit(), node -> {
            Optional<Expression> mutated = mutatedExpression(node, resolver);
            if (mutated.isEmpty() || context.regionOf(node) != RegionKind.STEP_BODY) {
                return;
            }
            Optional<OperationBodyRegion> step = context.enclosingOperationBody(node)
                    .filter(b -> b.spec().kind() == BodyKind.STEP);
            Optional<Expression> root = Captures.root(mutated.get());
            if (step.isEmpty() || root.isEmpty() || !Captures.isCaptured(root.get(), step.get(), resolver)) {
                return;
            }
            Node at = node instanceof MethodCallExpr ? node : mutated.get();
            context.report(at, message(context, "'" + Snippet.of(at) + "'", root.get(), step.get()));
        });
        checkReferencedMethods(context);
    }

    private static String message(RuleContext context, String mutation, Expression root, OperationBodyRegion step) {
        String advice = context.model().advice(DESCRIPTOR.id());
        return mutation + " mutates '" + Snippet.of(root) + "', which " + StepNames.of(step) + " captures from outside "
                + advice;
    }

    /**
     * Step bodies given as method references to methods that are not step bodies of their own in
     * their file (declared in another file, or also called directly): their mutations are reported
     * at the reference, with the way into the method.
     */
    private static void checkReferencedMethods(RuleContext context) {
        for (MethodReferenceExpr reference : Preorder.findAll(context.unit(), MethodReferenceExpr.class)) {
            Optional<OperationBodyRegion> step = context.asOperationBody(reference).filter(b -> b.spec().kind() == BodyKind.STEP);
            if (step.isEmpty()) {
                continue;
            }
            for (MethodDeclaration method : referencedMethods(reference, context)) {
                if (method.findCompilationUnit().orElse(null) == context.unit()
                        && context.regionOf(method.getBody().orElseThrow()) == RegionKind.STEP_BODY) {
                    continue; // a step body of its own: reported where the mutation is
                }
                FileResolver resolver = context.resolverOf(method.findCompilationUnit().orElseThrow());
                OperationBodyRegion asBody = new OperationBodyRegion(method, step.get().operation(), step.get().spec());
                Preorder.walk(method.getBody().orElseThrow(), node -> {
                    Optional<Expression> mutated = mutatedExpression(node, resolver);
                    Optional<Expression> root = mutated.flatMap(Captures::root);
                    if (root.isEmpty() || !Captures.isCaptured(root.get(), asBody, resolver)) {
                        return;
                    }
                    Node at = node instanceof MethodCallExpr ? node : mutated.get();
                    CallHop into = new CallHop(context.file(), TextRange.of(reference), Snippet.of(reference) + " -> "
                            + method.findAncestor(TypeDeclaration.class).map(t -> ((TypeDeclaration<?>) t).getNameAsString()).orElse("")
                            + "." + method.getNameAsString() + "()");
                    CallHop there = new CallHop(context.fileOf(method.findCompilationUnit().orElseThrow()), TextRange.of(at), Snippet.of(at));
                    context.report(reference, message(context, "'" + Snippet.of(at) + "' (in '" + Snippet.of(reference) + "')",
                            root.get(), step.get()), List.of(into, there));
                });
            }
        }
    }

    /** The source methods with a body a method reference can name: by its type and name, whatever their parameters. */
    private static List<MethodDeclaration> referencedMethods(MethodReferenceExpr reference, RuleContext context) {
        return context.resolver().referencedType(reference)
                .flatMap(owner -> context.resolver().types().sourceDeclaration(owner))
                .map(type -> type.getMethodsByName(reference.getIdentifier()).stream()
                        .filter(m -> m.getBody().isPresent()).toList())
                .orElse(List.of());
    }

    /** The expression a node mutates: an assignment or increment target, or the receiver of a mutating call. */
    private static Optional<Expression> mutatedExpression(Node node, FileResolver resolver) {
        if (node instanceof AssignExpr assign) {
            return Optional.of(assign.getTarget());
        }
        if (node instanceof UnaryExpr unary && isIncrementOrDecrement(unary.getOperator())) {
            return Optional.of(unary.getExpression());
        }
        if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
            Expression receiver = call.getScope().get();
            Optional<String> type = resolver.typeOf(receiver);
            if (type.isPresent() && isMutator(type.get(), call.getNameAsString(), resolver)) {
                return Optional.of(receiver);
            }
        }
        return Optional.empty();
    }

    private static boolean isMutator(String type, String method, FileResolver resolver) {
        List<String> ancestors = resolver.types().ancestors(type);
        return ancestors.stream().anyMatch(a -> MUTATORS.getOrDefault(a, Set.of()).contains(method));
    }

    private static boolean isIncrementOrDecrement(UnaryExpr.Operator op) {
        return op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.PREFIX_DECREMENT
                || op == UnaryExpr.Operator.POSTFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_DECREMENT;
    }
}
