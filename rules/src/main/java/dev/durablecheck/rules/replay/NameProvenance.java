package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.catalog.CatalogLookup;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.resolve.ArgumentSlot;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.Snippet;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Traces an operation name back to its sources within one file: through local variables and
 * their assignments, concatenation, {@code String.format}, {@code formatted}, {@code StringBuilder}
 * appends, ternaries, String and other JDK value methods, and the parameters of helper methods
 * (through their call sites in the same file). Stable sources are literals, constants, loop
 * counters, the handler input, map items and indexes, retry attempts and durable-operation
 * results; unstable ones are what group A reports, hash codes, default {@code toString()}, mutable
 * fields and the iteration order of unordered collections; everything else is unknown.
 */
final class NameProvenance {

    private static final Set<String> VALUE_PACKAGES = Set.of("java.lang.", "java.util.", "java.time.", "java.math.");
    private static final Set<String> STRING_LIKE = Set.of("java.lang.String", "java.lang.StringBuilder",
            "java.lang.StringBuffer", "java.lang.CharSequence", "java.lang.Integer", "java.lang.Long",
            "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
            "java.lang.Character", "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID");
    /** Methods whose result follows the iteration order of the receiver. */
    private static final Set<String> ORDER_DEPENDENT = Set.of("iterator", "stream", "parallelStream", "toString",
            "toArray", "spliterator", "findFirst", "findAny", "forEach");
    private static final Set<String> PRIMITIVES = Set.of("int", "long", "short", "byte", "char", "boolean",
            "float", "double");
    /** JDK methods whose function argument picks or orders elements but does not produce the values. */
    private static final Set<String> SELECTING = Set.of("filter", "anyMatch", "allMatch", "noneMatch", "peek",
            "forEach", "forEachOrdered", "takeWhile", "dropWhile", "removeIf", "sorted", "min", "max");
    private static final Set<String> BUILDER_WRITES = Set.of("append", "insert", "replace");

    /** How many methods deep a name is followed into the methods its value comes back from. */
    private static final int MAX_CALLS = 8;

    private final RuleContext context;
    private final CatalogLookup catalog;
    private final Set<Node> inProgress = new HashSet<>();
    /** The methods being followed, innermost first, each with what its parameters were given. */
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** The file being read: the analysed one, or the one of the method being followed. */
    private FileResolver resolver;
    private UnorderedCollections collections;
    private Map<Node, Provenance> memo = new IdentityHashMap<>();

    /**
     * A method whose result a name uses, being followed: its parameters stand for what the call
     * passed, its instance fields for the object it was called on.
     */
    private record Frame(MethodDeclaration method, Map<Parameter, Provenance> arguments, Provenance receiver) {
    }

    NameProvenance(RuleContext context) {
        this.context = context;
        this.catalog = context.catalog();
        this.resolver = context.resolver();
        this.collections = new UnorderedCollections(context, resolver);
    }

    Provenance of(Expression e) {
        if (e instanceof LiteralExpr || e instanceof ClassExpr) {
            return Provenance.STABLE;
        }
        if (e instanceof EnclosedExpr enclosed) {
            return of(enclosed.getInner());
        }
        if (e instanceof CastExpr cast) {
            return of(cast.getExpression());
        }
        if (e instanceof UnaryExpr unary) {
            return of(unary.getExpression());
        }
        if (e instanceof InstanceOfExpr test) {
            return of(test.getExpression());
        }
        if (e instanceof BinaryExpr binary) {
            return asText(binary.getLeft()).join(asText(binary.getRight()));
        }
        if (e instanceof ConditionalExpr conditional) {
            return of(conditional.getCondition()).join(of(conditional.getThenExpr())).join(of(conditional.getElseExpr()));
        }
        if (e instanceof NameExpr name) {
            return ofName(name);
        }
        if (e instanceof FieldAccessExpr access) {
            return ofFieldAccess(access);
        }
        if (e instanceof ArrayAccessExpr access) {
            return of(access.getName()).join(of(access.getIndex()));
        }
        if (e instanceof ArrayCreationExpr array) {
            return array.getInitializer().map(this::of).orElse(Provenance.STABLE);
        }
        if (e instanceof ArrayInitializerExpr values) {
            return all(values.getValues());
        }
        if (e instanceof MethodCallExpr call) {
            return ofCall(call);
        }
        if (e instanceof ObjectCreationExpr creation) {
            return ofCreation(creation);
        }
        if (e instanceof LambdaExpr lambda) {
            // A function handed to a JDK method (map, toMap, ...): what it returns is what flows on.
            return lambda.getExpressionBody().map(this::of)
                    .orElseGet(() -> Provenance.unknown("the lambda '" + Snippet.of(lambda) + "'"));
        }
        if (e instanceof MethodReferenceExpr) {
            return Provenance.STABLE;
        }
        return Provenance.unknown("'" + Snippet.of(e) + "'");
    }

    /** A new object is as stable as its arguments, unless creating it is itself a catalog sink ({@code new Random()}). */
    private Provenance ofCreation(ObjectCreationExpr creation) {
        Optional<MemberTarget> target = resolver.targetOf(creation);
        if (target.isEmpty()) {
            return Provenance.unknown("'" + Snippet.of(creation) + "'");
        }
        if (catalog.sinkRuleOf(target.get()).isPresent()) {
            return Provenance.unstable("'" + Snippet.of(creation) + "'", creation);
        }
        // The new object's state comes from its arguments; how it prints is judged by textOf.
        return all(creation.getArguments());
    }

    private Provenance all(List<Expression> values) {
        Provenance result = Provenance.STABLE;
        for (Expression value : values) {
            result = result.join(of(value));
        }
        return result;
    }

    /** A value as it enters a string: through its {@code toString()} when it is an object. */
    private Provenance asText(Expression e) {
        Optional<String> type = resolver.typeOf(e);
        if (type.isEmpty() || PRIMITIVES.contains(type.get()) || STRING_LIKE.contains(type.get())) {
            return of(e);
        }
        return textOf(e, type.get());
    }

    private Provenance textOf(Expression e, String type) {
        List<String> ancestors = resolver.types().ancestors(type);
        if (ancestors.contains("java.lang.Enum") || ancestors.contains("java.lang.Record")
                || type.startsWith("java.time.") || STRING_LIKE.contains(type)) {
            return of(e);
        }
        if (ancestors.contains("java.util.Collection") || ancestors.contains("java.util.Map")) {
            return collections.unordered(e).map(why -> Provenance.unstable("the iteration order of '" + Snippet.of(e)
                    + "', " + why, e)).orElseGet(() -> of(e));
        }
        // Only an object whose class is known exactly prints with Object's default toString for sure.
        Optional<Boolean> overridden = exactType(e).flatMap(exact -> overridesToString(exact, resolver.types().ancestors(exact)));
        if (overridden.isPresent() && !overridden.get()) {
            return Provenance.unstable("the default toString() of '" + Snippet.of(e) + "', which includes an identity hash code", e);
        }
        if (type.startsWith("java.") && overridesToString(type, ancestors).orElse(false)) {
            // A JDK class that prints itself prints its value (Locale, DateTimeFormatter, Path).
            return of(e);
        }
        return Provenance.unknown("the text of '" + Snippet.of(e) + "'").join(of(e));
    }

    /** The class of the object an expression evaluates to, when its creation is visible: {@code new X()} or a local initialised so. */
    private Optional<String> exactType(Expression e) {
        if (e instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty()) {
            return resolver.scope().resolveType(creation.getType());
        }
        if (e instanceof NameExpr name && resolver.bindingOf(name).orElse(null) instanceof Binding.Local local
                && local.initializer() instanceof ObjectCreationExpr creation && !isReassigned(local)) {
            return exactType(creation);
        }
        return Optional.empty();
    }

    private boolean isReassigned(Binding.Local local) {
        VariableDeclarator variable = (VariableDeclarator) local.declaration();
        return Preorder.findAll(enclosingBody(variable), AssignExpr.class).stream()
                .anyMatch(a -> a.getTarget() instanceof NameExpr target && bindsTo(target, variable));
    }

    /**
     * Whether some type between {@code type} and {@code Object} declares {@code toString()}; empty
     * when a type on the way is unknown. Local classes are looked up in this file.
     */
    private Optional<Boolean> overridesToString(String type, List<String> ancestors) {
        if (type.indexOf('.') < 0) {
            return Preorder.findAll(context.unit(), TypeDeclaration.class, t -> t.getNameAsString().equals(type)).stream()
                    .findFirst()
                    .map(t -> !t.getMethodsBySignature("toString").isEmpty());
        }
        for (String ancestor : ancestors) {
            if (ancestor.equals("java.lang.Object")) {
                continue;
            }
            Optional<Boolean> declares = resolver.types().find(ancestor).map(t -> !t.methods("toString", 0).isEmpty());
            if (declares.isEmpty()) {
                return Optional.empty();
            }
            if (declares.get()) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }

    private Provenance ofName(NameExpr name) {
        Optional<Binding> binding = resolver.bindingOf(name);
        if (binding.isEmpty()) {
            return resolver.typeNameOf(name).isPresent() ? Provenance.STABLE : Provenance.unknown("'" + name.getNameAsString() + "'");
        }
        if (binding.get() instanceof Binding.Field field) {
            return ofField(field);
        }
        Binding.Local local = (Binding.Local) binding.get();
        return memoised(local.declaration(), () -> ofLocal(local));
    }

    private Provenance ofFieldAccess(FieldAccessExpr access) {
        if (resolver.typeNameOf(access).isPresent()) {
            return Provenance.STABLE;
        }
        if (access.getNameAsString().equals("length")
                && resolver.typeOf(access.getScope()).filter(t -> t.endsWith("[]")).isPresent()) {
            return of(access.getScope());
        }
        return resolver.fieldOf(access).map(this::ofField)
                .orElseGet(() -> Provenance.unknown("'" + Snippet.of(access) + "'"));
    }

    private Provenance ofField(Binding.Field field) {
        String name = field.summary().name();
        if (!frames.isEmpty() && !field.summary().isStatic() && field.declaringType() != null
                && !context.model().isHandlerType(resolver.types().ancestors(field.declaringType()))) {
            // A field of the object the followed method was called on: what its initialiser made, or
            // else whatever the object was built from, as stable as the object.
            Optional<Expression> initialiser = field.source().flatMap(VariableDeclarator::getInitializer);
            return initialiser.isPresent() ? memoised(field.declarator(), () -> of(initialiser.get()))
                    : frames.peek().receiver();
        }
        if (!field.summary().isFinal()) {
            return Provenance.unstable("the mutable field '" + name + "'");
        }
        Optional<Expression> init = field.source().flatMap(VariableDeclarator::getInitializer);
        if (init.isPresent()) {
            return memoised(field.declarator(), () -> of(init.get()));
        }
        return field.summary().isStatic() || field.declarator() == null
                ? Provenance.STABLE
                : Provenance.unknown("the field '" + name + "', set in a constructor");
    }

    private Provenance ofLocal(Binding.Local local) {
        if (local.declaration() instanceof Parameter parameter) {
            return ofParameter(parameter);
        }
        VariableDeclarator variable = (VariableDeclarator) local.declaration();
        Node holder = variable.getParentNode().flatMap(Node::getParentNode).orElse(null);
        if (holder instanceof ForEachStmt loop && loop.getVariable().getVariables().stream().anyMatch(v -> v == variable)) {
            return iterationOf(loop.getIterable());
        }
        Provenance result = variable.getInitializer().map(this::of).orElse(Provenance.STABLE);
        Node scope = enclosingBody(variable);
        for (AssignExpr assign : Preorder.findAll(scope, AssignExpr.class)) {
            if (assign.getTarget() instanceof NameExpr target && bindsTo(target, variable)) {
                result = result.join(of(assign.getValue()));
            }
        }
        for (MethodCallExpr call : Preorder.findAll(scope, MethodCallExpr.class)) {
            if (BUILDER_WRITES.contains(call.getNameAsString())
                    && call.getScope().orElse(null) instanceof NameExpr target && bindsTo(target, variable)) {
                result = result.join(all(call.getArguments()));
            }
        }
        return result;
    }

    private Provenance iterationOf(Expression collection) {
        return collections.unordered(collection)
                .map(why -> Provenance.unstable("the iteration order of '" + Snippet.of(collection) + "', " + why, collection))
                .orElseGet(() -> of(collection));
    }

    private Provenance ofParameter(Parameter parameter) {
        for (Frame frame : frames) {
            Provenance given = frame.arguments().get(parameter);
            if (given != null) {
                return given;
            }
        }
        Node owner = parameter.getParentNode().orElse(null);
        if (!frames.isEmpty()) {
            // A lambda or method of another file: its regions and callers are not this file's.
            return Provenance.unknown("'" + parameter.getNameAsString() + "'");
        }
        if (owner instanceof LambdaExpr lambda) {
            int index = indexOf(lambda.getParameters(), parameter);
            Optional<OperationBodyRegion> body = context.enclosingOperationBody(lambda).filter(b -> b.body() == lambda);
            if (body.isPresent() && body.get().spec().stableParameters().contains(index)) {
                return Provenance.STABLE;
            }
            if (index == 0 && ArgumentSlot.of(lambda)
                    .flatMap(slot -> resolver.entryLambda(slot.call(), slot.index())).isPresent()) {
                return Provenance.STABLE;
            }
            Optional<Expression> iterated = UnorderedCollections.iteratedBy(lambda);
            if (iterated.isPresent()) {
                return iterationOf(iterated.get());
            }
            return Provenance.unknown("the lambda parameter '" + parameter.getNameAsString() + "'");
        }
        if (owner instanceof MethodDeclaration method) {
            int index = indexOf(method.getParameters(), parameter);
            if (isHandlerInput(method, index)) {
                return Provenance.STABLE;
            }
            return fromCallSites(method, index, parameter);
        }
        return Provenance.unknown("'" + parameter.getNameAsString() + "'");
    }

    /** {@code handleRequest(input, context)}: the input is the execution's input, the same on every replay. */
    private boolean isHandlerInput(MethodDeclaration method, int index) {
        Optional<String> declaringType = method.findAncestor(TypeDeclaration.class)
                .flatMap(type -> ((TypeDeclaration<?>) type).getFullyQualifiedName());
        List<String> ancestors = declaringType.map(resolver.types()::ancestors).orElse(List.of());
        return context.model().handlerMethod(ancestors, method.getNameAsString(), method.getParameters().size())
                .filter(h -> h.inputParameter() == index).isPresent();
    }

    /** A helper's parameter is as stable as what every call in this file passes to it. */
    private Provenance fromCallSites(MethodDeclaration method, int index, Parameter parameter) {
        String unknown = "the parameter '" + parameter.getNameAsString() + "' of " + method.getNameAsString() + "()";
        Node owner = method.findAncestor(TypeDeclaration.class).orElse(null);
        List<MethodCallExpr> calls = Preorder.findAll(context.unit(), MethodCallExpr.class, c -> c.getNameAsString().equals(method.getNameAsString())
                && c.getArguments().size() == method.getParameters().size()
                && (c.getScope().isEmpty() || c.getScope().get() instanceof ThisExpr)
                && c.findAncestor(TypeDeclaration.class).orElse(null) == owner);
        if (calls.isEmpty()) {
            return Provenance.unknown(unknown + ", whose callers are not in this file");
        }
        Provenance result = Provenance.STABLE;
        for (MethodCallExpr call : calls) {
            result = result.join(of(call.getArgument(index)));
        }
        return result;
    }

    private Provenance ofCall(MethodCallExpr call) {
        if (resolver.durableCall(call).isPresent()) {
            return Provenance.STABLE;
        }
        Optional<MemberTarget> target = resolver.targetOf(call);
        if (target.isEmpty()) {
            return Provenance.unknown("'" + Snippet.of(call) + "', which durable-check cannot resolve");
        }
        MemberTarget t = target.get();
        List<String> ownerAncestors = resolver.types().ancestors(t.owner());
        if (resolver.types().model().waitsForResult(ownerAncestors, t.name(), call.getArguments().size())) {
            return Provenance.STABLE;
        }
        if (catalog.sinkRuleOf(t).isPresent()) {
            return Provenance.unstable("'" + Snippet.of(call) + "'", call);
        }
        Optional<Expression> receiver = call.getScope().filter(s -> !t.isStatic());
        if (t.name().equals("hashCode") && call.getArguments().isEmpty()) {
            return STRING_LIKE.contains(t.owner()) ? receiver.map(this::of).orElse(Provenance.STABLE)
                    : Provenance.unstable("'" + Snippet.of(call) + "', an identity-based hash code", call);
        }
        if (t.name().equals("toString") && call.getArguments().isEmpty() && receiver.isPresent()) {
            return textOf(receiver.get(), t.owner());
        }
        if (ownerAncestors.contains("java.lang.Enum")) {
            Optional<Provenance> constant = ofEnumMember(call, t, receiver);
            if (constant.isPresent()) {
                return constant.get();
            }
        }
        if (VALUE_PACKAGES.stream().anyMatch(t.owner()::startsWith)) {
            if (receiver.isPresent() && ORDER_DEPENDENT.contains(t.name())) {
                Optional<String> unordered = collections.unordered(receiver.get());
                if (unordered.isPresent()) {
                    return Provenance.unstable("the iteration order of '" + Snippet.of(receiver.get()) + "', " + unordered.get(),
                            receiver.get());
                }
            }
            Provenance arguments = Provenance.STABLE;
            for (Expression argument : call.getArguments()) {
                boolean onlySelects = argument instanceof LambdaExpr && SELECTING.contains(t.name());
                arguments = onlySelects ? arguments : arguments.join(asText(argument));
            }
            return receiver.map(this::of).orElse(Provenance.STABLE).join(arguments);
        }
        if (receiver.isPresent() && call.getArguments().isEmpty() && isAccessor(t)) {
            return of(receiver.get());
        }
        return ofReturnedValue(call, t, receiver)
                .orElseGet(() -> Provenance.unknown("'" + Snippet.of(call) + "', code that durable-check does not follow"));
    }

    /**
     * A project method's result is as stable as what it returns, read in its own file with its
     * parameters standing for the call's arguments; an unstable result carries the chain from the
     * call down to the source. Empty for methods without a body in the sources (interfaces,
     * libraries), for overloads that cannot be told apart, and too deep or recursive calls.
     */
    private Optional<Provenance> ofReturnedValue(MethodCallExpr call, MemberTarget t, Optional<Expression> receiver) {
        Optional<MethodDeclaration> method = sourceMethod(t, call.getArguments().size());
        if (method.isEmpty() || method.get().getBody().isEmpty() || frames.size() >= MAX_CALLS
                || frames.stream().anyMatch(f -> f.method() == method.get())) {
            return Optional.empty();
        }
        Map<Parameter, Provenance> arguments = new IdentityHashMap<>();
        for (int i = 0; i < call.getArguments().size(); i++) {
            arguments.put(method.get().getParameter(i), of(call.getArgument(i)));
        }
        Provenance onObject = receiver.map(this::of).orElse(Provenance.STABLE);
        CompilationUnit callee = method.get().findCompilationUnit().orElseThrow();
        FileResolver callerResolver = resolver;
        UnorderedCollections callerCollections = collections;
        Map<Node, Provenance> callerMemo = memo;
        frames.push(new Frame(method.get(), arguments, onObject));
        resolver = context.resolverOf(callee);
        collections = new UnorderedCollections(context, resolver);
        memo = new IdentityHashMap<>();
        Provenance returned = Provenance.STABLE;
        try {
            for (ReturnStmt value : Preorder.findAll(method.get().getBody().get(), ReturnStmt.class)) {
                if (value.getExpression().isPresent() && enclosingBody(value) == method.get()) {
                    returned = returned.join(of(value.getExpression().get()));
                }
            }
        } finally {
            frames.pop();
            resolver = callerResolver;
            collections = callerCollections;
            memo = callerMemo;
        }
        CallHop hop = hop(call, Snippet.of(call) + " -> " + label(method.get()));
        CallHop sourceHop = returned.source() == null ? null : hop(returned.source(), Snippet.of(returned.source()));
        return Optional.of(returned.through(hop, sourceHop, Snippet.of(call)));
    }

    /** The one method a call of {@code t} with this many arguments runs, declared on its type or a supertype in the sources. */
    private Optional<MethodDeclaration> sourceMethod(MemberTarget t, int arguments) {
        for (String type : resolver.types().ancestors(t.owner())) {
            Optional<TypeDeclaration<?>> declaration = resolver.types().sourceDeclaration(type);
            if (declaration.isPresent()) {
                List<MethodDeclaration> found = declaration.get().getMethodsByName(t.name()).stream()
                        .filter(m -> m.getParameters().size() == arguments && !m.isAbstract()).toList();
                if (!found.isEmpty()) {
                    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private CallHop hop(Node node, String description) {
        return new CallHop(context.fileOf(node.findCompilationUnit().orElseThrow()), TextRange.of(node), description);
    }

    private static String label(MethodDeclaration method) {
        String owner = method.findAncestor(TypeDeclaration.class).map(t -> ((TypeDeclaration<?>) t).getNameAsString()).orElse("");
        return owner + "." + method.getNameAsString() + "(" + method.getParameters().stream()
                .map(p -> p.getType().asString()).collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    /**
     * An enum constant's {@code name()} and {@code ordinal()} are as stable as the constant;
     * {@code values()} lists the constants in declaration order, and {@code valueOf(name)} is as
     * stable as the name.
     */
    private Optional<Provenance> ofEnumMember(MethodCallExpr call, MemberTarget t, Optional<Expression> receiver) {
        boolean noArguments = call.getArguments().isEmpty();
        if (receiver.isPresent() && noArguments && (t.name().equals("name") || t.name().equals("ordinal"))) {
            return Optional.of(of(receiver.get()));
        }
        if (t.isStatic() && noArguments && t.name().equals("values")) {
            return Optional.of(Provenance.STABLE);
        }
        if (t.isStatic() && t.name().equals("valueOf") && call.getArguments().size() == 1) {
            return Optional.of(of(call.getArgument(0)));
        }
        return Optional.empty();
    }

    /** A getter, or a record component accessor, of a project type. */
    private boolean isAccessor(MemberTarget t) {
        String name = t.name();
        boolean getterName = (name.startsWith("get") && name.length() > 3) || (name.startsWith("is") && name.length() > 2);
        boolean recordComponent = resolver.types().find(t.owner())
                .filter(type -> type.supertypes().contains("java.lang.Record"))
                .flatMap(type -> type.field(name)).isPresent();
        return getterName || recordComponent;
    }

    private static int indexOf(List<Parameter> parameters, Parameter parameter) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) == parameter) {
                return i;
            }
        }
        return -1;
    }

    private boolean bindsTo(NameExpr name, VariableDeclarator variable) {
        return resolver.bindingOf(name).filter(b -> b instanceof Binding.Local l && l.declaration() == variable).isPresent();
    }

    private static Node enclosingBody(Node node) {
        return node.findAncestor(n -> n instanceof LambdaExpr || n instanceof CallableDeclaration<?>, Node.class)
                .orElseGet(node::findRootNode);
    }

    /** Computes a declaration's provenance once; a cycle (a variable assigned from itself) adds nothing. */
    private Provenance memoised(Node declaration, Supplier<Provenance> compute) {
        Provenance known = memo.get(declaration);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(declaration)) {
            return Provenance.STABLE;
        }
        try {
            Provenance computed = compute.get();
            memo.put(declaration, computed);
            return computed;
        } finally {
            inProgress.remove(declaration);
        }
    }
}
