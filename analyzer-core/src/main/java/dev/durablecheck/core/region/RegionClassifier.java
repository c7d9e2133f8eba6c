package dev.durablecheck.core.region;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.Type;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.parse.TreeIndex;
import dev.durablecheck.core.resolve.ArgumentSlot;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies every piece of code of one file as orchestration code, step body or other. The
 * boundaries are lambdas, anonymous classes and methods: a lambda or anonymous class given as the
 * body of a durable operation (directly, or through a local variable used only that way) takes the
 * kind the runtime model gives that body, a callable with a
 * {@code DurableContext} parameter or declared an entry point by its class's supertypes
 * ({@code @WorkflowMethod}) is orchestration code, and so is a workflow class's private helper that
 * only workflow code uses ({@link WorkflowHelpers}); any other lambda or anonymous class runs where
 * it is written, so it takes the kind of the code around it. One per file and run, shared by
 * threads like the file's resolver.
 */
public final class RegionClassifier {

    private final FileResolver resolver;
    private final Map<Node, RegionKind> boundaries = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Built on the first question about a method; guarded by {@code this}. */
    /** Built on the first question about a method; guarded by {@code this}. */
    private Set<MethodDeclaration> workflowHelpers;
    /** {@link #referencedBody} per method: every node inside it asks again. */
    private final Map<Node, Optional<OperationBodyRegion>> referencedBodies = Collections.synchronizedMap(new IdentityHashMap<>());
    /** {@link #storedBody} per functional node: every node inside such a body asks again. */
    private final Map<Node, Optional<OperationBodyRegion>> storedBodies = Collections.synchronizedMap(new IdentityHashMap<>());

    public RegionClassifier(FileResolver resolver) {
        this.resolver = resolver;
    }

    /** The kind of the code that contains {@code node}. */
    public RegionKind kindOf(Node node) {
        return kindOf(node, null);
    }

    /**
     * @param assumedHelpers while the file's workflow helpers are being found, the methods assumed
     *     to be helpers; {@code null} once they are known
     */
    private RegionKind kindOf(Node node, Set<MethodDeclaration> assumedHelpers) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof CallableDeclaration<?>) {
                return boundaryKind(n, assumedHelpers);
            }
            if (n instanceof BodyDeclaration<?> member && !(n instanceof TypeDeclaration<?>)) {
                // A field or initialiser: it runs when its object is created.
                return n.getParentNode().filter(p -> p instanceof ObjectCreationExpr)
                        .map(p -> creationKind((ObjectCreationExpr) p, assumedHelpers))
                        .orElse(RegionKind.OTHER);
            }
            if (n instanceof TypeDeclaration<?>) {
                return RegionKind.OTHER;
            }
        }
        return RegionKind.OTHER;
    }

    /**
     * Whether {@code callable} is orchestration code whoever calls it: it takes a durable context,
     * is an entry point its class's supertypes declare, or is a workflow helper. Cheaper than
     * {@link #kindOf}, which also looks for method references to it in the file.
     */
    public boolean isOrchestrationOfItsOwn(CallableDeclaration<?> callable) {
        return hasContextParameter(callable.getParameters()) || resolver.isDeclaredEntry(callable)
                || (callable instanceof MethodDeclaration method && workflowHelpers(method).contains(method));
    }

    private RegionKind boundaryKind(Node boundary, Set<MethodDeclaration> assumedHelpers) {
        RegionKind known = assumedHelpers == null ? boundaries.get(boundary) : null;
        if (known != null) {
            return known;
        }
        RegionKind kind = boundary instanceof LambdaExpr lambda
                ? lambdaKind(lambda, assumedHelpers)
                : callableKind((CallableDeclaration<?>) boundary, assumedHelpers);
        if (assumedHelpers == null) {
            boundaries.putIfAbsent(boundary, kind);
        }
        return kind;
    }

    private RegionKind lambdaKind(LambdaExpr lambda, Set<MethodDeclaration> assumedHelpers) {
        Optional<RegionKind> asArgument = asBodyArgument(lambda);
        if (asArgument.isPresent()) {
            return asArgument.get();
        }
        if (hasContextParameter(lambda.getParameters())) {
            return RegionKind.ORCHESTRATION;
        }
        return enclosingKind(lambda, assumedHelpers);
    }

    private RegionKind callableKind(CallableDeclaration<?> callable, Set<MethodDeclaration> assumedHelpers) {
        if (hasContextParameter(callable.getParameters()) || resolver.isDeclaredEntry(callable)) {
            return RegionKind.ORCHESTRATION;
        }
        if (resolver.implementsNeverReplayed(callable)) {
            return RegionKind.ACTIVITY;
        }
        if (callable instanceof MethodDeclaration method) {
            Optional<OperationBodyRegion> referenced = referencedBody(method);
            if (referenced.isPresent()) {
                return kindOf(referenced.get());
            }
            if ((assumedHelpers != null ? assumedHelpers : workflowHelpers(method)).contains(method)) {
                return RegionKind.ORCHESTRATION;
            }
        }
        return callable.getParentNode().filter(p -> p instanceof ObjectCreationExpr)
                .map(p -> creationKind((ObjectCreationExpr) p, assumedHelpers))
                .orElse(RegionKind.OTHER);
    }

    /** An anonymous class: a body of a durable operation, or code that runs where it is created. */
    private RegionKind creationKind(ObjectCreationExpr creation, Set<MethodDeclaration> assumedHelpers) {
        return asBodyArgument(creation).orElseGet(() -> enclosingKind(creation, assumedHelpers));
    }

    private RegionKind enclosingKind(Node node, Set<MethodDeclaration> assumedHelpers) {
        return node.getParentNode().map(p -> kindOf(p, assumedHelpers)).orElse(RegionKind.OTHER);
    }

    /**
     * Where a use of a method runs it: a method reference given as an operation's body runs as that
     * body, any other use runs where it is written.
     */
    private RegionKind useKind(Node use, Set<MethodDeclaration> assumedHelpers) {
        if (use instanceof MethodReferenceExpr reference) {
            Optional<OperationBodyRegion> body = asOperationBody(reference);
            if (body.isPresent()) {
                return kindOf(body.get());
            }
        }
        return kindOf(use, assumedHelpers);
    }

    /** The file's {@link WorkflowHelpers}, found on the first question about a method. */
    private Set<MethodDeclaration> workflowHelpers(Node inFile) {
        synchronized (this) {
            if (workflowHelpers == null) {
                workflowHelpers = resolver.model().hasDeclaredEntries()
                        ? WorkflowHelpers.find(inFile.findRootNode(), resolver::isDeclaredEntry, this::useKind)
                        : Set.of();
            }
            return workflowHelpers;
        }
    }

    /**
     * The innermost operation body that contains {@code node}, looking through ordinary lambdas
     * and anonymous classes but not past a named method.
     */
    public Optional<OperationBodyRegion> enclosingOperationBody(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())) {
                Optional<OperationBodyRegion> body = asOperationBody(n);
                if (body.isPresent()) {
                    return body;
                }
            }
            if (n instanceof CallableDeclaration<?> && !(n.getParentNode().orElse(null) instanceof ObjectCreationExpr)) {
                return n instanceof MethodDeclaration method ? referencedBody(method) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The operation body a method of this file is when every use of its name here is a method
     * reference given as the body of durable operations of one kind ({@code context.step("quota",
     * Quota.class, this::loadQuota)}): its code then runs as that body, like a lambda's. A call of
     * the name anywhere in the file leaves it an ordinary method.
     */
    private Optional<OperationBodyRegion> referencedBody(MethodDeclaration method) {
        Optional<OperationBodyRegion> known = referencedBodies.get(method);
        if (known == null) {
            known = findReferencedBody(method);
            referencedBodies.putIfAbsent(method, known);
        }
        return known;
    }

    private Optional<OperationBodyRegion> findReferencedBody(MethodDeclaration method) {
        String name = method.getNameAsString();
        TreeIndex uses = TreeIndex.withReferencesTo(method.findRootNode(), name);
        List<MethodReferenceExpr> references = uses.methodReferences().getOrDefault(name, List.of());
        Optional<String> owner = method.findAncestor(TypeDeclaration.class).flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName());
        if (references.isEmpty() || owner.isEmpty() || uses.calledNames().contains(name)) {
            return Optional.empty();
        }
        OperationBodyRegion first = null;
        for (MethodReferenceExpr reference : references) {
            if (resolver.referencedType(reference).filter(owner.get()::equals).isEmpty()) {
                continue;
            }
            Optional<OperationBodyRegion> body = asOperationBody(reference);
            if (body.isEmpty() || (first != null && first.spec().kind() != body.get().spec().kind())) {
                return Optional.empty();
            }
            if (first == null) {
                first = new OperationBodyRegion(method, body.get().operation(), body.get().spec());
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The operation body {@code argument} is, when it is passed as the body of a durable operation,
     * directly or through a local variable (see {@link #storedBody}).
     */
    public Optional<OperationBodyRegion> asOperationBody(Node argument) {
        return passedBody(argument).or(() -> storedBody(argument));
    }

    private Optional<OperationBodyRegion> passedBody(Node argument) {
        return ArgumentSlot.of(argument).flatMap(slot -> resolver.durableCall(slot.call())
                .flatMap(d -> d.body().filter(b -> b.argument() == slot.index())
                        .map(b -> new OperationBodyRegion(argument, d, b))));
    }

    /**
     * The operation body a lambda, method reference or anonymous class kept in a local variable is,
     * when every use of the variable passes it as the body of durable operations of one kind
     * ({@code Function<StepContext, String> stamp = s -> ...; context.step("stamp", String.class, stamp)}).
     * Any other use (a call on it, an assignment, a return) leaves it code that runs where it is written.
     */
    private Optional<OperationBodyRegion> storedBody(Node functional) {
        Optional<OperationBodyRegion> known = storedBodies.get(functional);
        if (known == null) {
            known = findStoredBody(functional);
            storedBodies.putIfAbsent(functional, known);
        }
        return known;
    }

    private Optional<OperationBodyRegion> findStoredBody(Node functional) {
        if (!(functional.getParentNode().orElse(null) instanceof VariableDeclarator variable)
                || variable.getInitializer().filter(i -> i == functional).isEmpty()
                || !(variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr)) {
            return Optional.empty();
        }
        Optional<BlockStmt> block = variable.findAncestor(BlockStmt.class);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        List<NameExpr> uses = Preorder.findAll(block.get(), NameExpr.class, name -> name.getNameAsString().equals(variable.getNameAsString())
                && resolver.bindingOf(name).filter(b -> b instanceof Binding.Local local && local.declaration() == variable).isPresent());
        OperationBodyRegion first = null;
        for (NameExpr use : uses) {
            Optional<OperationBodyRegion> body = passedBody(use);
            if (body.isEmpty() || (first != null && first.spec().kind() != body.get().spec().kind())) {
                return Optional.empty();
            }
            if (first == null) {
                first = new OperationBodyRegion(functional, body.get().operation(), body.get().spec());
            }
        }
        return Optional.ofNullable(first);
    }

    private static RegionKind kindOf(OperationBodyRegion body) {
        return body.spec().kind() == BodyKind.STEP ? RegionKind.STEP_BODY : RegionKind.ORCHESTRATION;
    }

    /**
     * The kind a lambda or anonymous class gets from being the body argument of a durable operation
     * or entry point, or from being kept in a local variable passed only as such bodies.
     */
    private Optional<RegionKind> asBodyArgument(Node argument) {
        Optional<ArgumentSlot> slot = ArgumentSlot.of(argument);
        if (slot.isEmpty()) {
            return storedBody(argument).map(RegionClassifier::kindOf);
        }
        if (resolver.durableCall(slot.get().call()).isPresent()) {
            return passedBody(argument).map(RegionClassifier::kindOf);
        }
        return resolver.entryLambda(slot.get().call(), slot.get().index()).map(e -> RegionKind.ORCHESTRATION);
    }

    private boolean hasContextParameter(Iterable<Parameter> parameters) {
        for (Parameter p : parameters) {
            Type type = p.getType();
            if (type.isClassOrInterfaceType()
                    && resolver.scope().resolveType(type).filter(resolver::isDurableContext).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
