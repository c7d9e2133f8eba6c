package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.type.Type;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.model.EntryLambda;
import dev.durablecheck.core.model.ModelMember;
import dev.durablecheck.core.model.Operation;
import dev.durablecheck.core.model.OperationBody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Resolution for the expressions of one file: static types, what names refer to, which member a
 * call reaches and which calls are durable operations. One per file and run, shared by the
 * threads that analyse the file or follow calls into it; results are memoised per node (two
 * threads may compute the same result, which is the same).
 */
public final class FileResolver {

    private static final String STRING = "java.lang.String";
    private static final String THROWABLE = "java.lang.Throwable";

    private final CompilationUnit unit;
    private final KnownTypes types;
    private final DurableModel model;
    private final ImportScope scope;
    private final NameBindings bindings;
    private final Map<Expression, Optional<String>> typeCache = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<MethodCallExpr, Optional<DurableCall>> durableCache = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ExpressionGenerics generics = new ExpressionGenerics(this);

    public FileResolver(CompilationUnit unit, KnownTypes types) {
        this.unit = unit;
        this.types = types;
        this.model = types.model();
        this.scope = types.scopeOf(unit);
        this.bindings = new NameBindings(scope, types);
    }

    /** The file this resolver works on. */
    public CompilationUnit unit() {
        return unit;
    }

    public KnownTypes types() {
        return types;
    }

    public ImportScope scope() {
        return scope;
    }

    /** What a simple name refers to at its use, or empty for type names and unresolved names. */
    public Optional<Binding> bindingOf(NameExpr name) {
        return bindings.find(name.getNameAsString(), name);
    }

    /** What the simple name {@code name} refers to where {@code use} stands, or empty for type names and unresolved names. */
    Optional<Binding> bindingOf(String name, Node use) {
        return bindings.find(name, use);
    }

    /** The field an expression ({@code x}, {@code this.x}, {@code Type.x}, {@code obj.x}) denotes. */
    public Optional<Binding.Field> fieldOf(Expression expression) {
        if (expression instanceof NameExpr name) {
            return bindingOf(name).filter(Binding.Field.class::isInstance).map(Binding.Field.class::cast);
        }
        if (expression instanceof FieldAccessExpr access) {
            String fieldName = access.getNameAsString();
            Optional<String> owner = access.getScope() instanceof ThisExpr self
                    ? enclosingTypeOf(self)
                    : typeNameOf(access.getScope()).or(() -> typeOf(access.getScope()));
            return owner.flatMap(o -> types.field(o, fieldName)).map(f -> new Binding.Field(f.declaringType(), f.field(),
                    types.sourceDeclaration(f.declaringType())
                            .flatMap(t -> t.getFieldByName(fieldName))
                            .flatMap(fd -> fd.getVariables().stream().filter(v -> v.getNameAsString().equals(fieldName)).findFirst())
                            .orElse(null),
                    false));
        }
        return Optional.empty();
    }

    /** The fully qualified type an expression denotes when it names a type rather than a value. */
    public Optional<String> typeNameOf(Expression expression) {
        if (expression instanceof NameExpr name) {
            if (bindingOf(name).isPresent()) {
                return Optional.empty();
            }
            return scope.resolveType(name.getNameAsString(), name);
        }
        if (expression instanceof FieldAccessExpr access && isQualifiedName(access)) {
            Optional<String> outer = typeNameOf(access.getScope());
            if (outer.isPresent()) {
                String nested = outer.get() + "." + access.getNameAsString();
                return types.exists(nested) ? Optional.of(nested) : Optional.empty();
            }
            if (access.getScope() instanceof NameExpr root && bindingOf(root).isPresent()) {
                return Optional.empty();
            }
            String written = qualifiedName(access);
            return types.exists(written) ? Optional.of(written) : Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code a.b.C} for a field access made only of names, built from the tree so that comments stay out. */
    private static String qualifiedName(Expression e) {
        if (e instanceof FieldAccessExpr f) {
            return qualifiedName(f.getScope()) + "." + f.getNameAsString();
        }
        return ((NameExpr) e).getNameAsString();
    }

    private static boolean isQualifiedName(Expression e) {
        while (e instanceof FieldAccessExpr f) {
            e = f.getScope();
        }
        return e instanceof NameExpr;
    }

    /** The erased static type of a value expression, fully qualified, or a primitive name. */
    public Optional<String> typeOf(Expression expression) {
        Optional<String> cached = typeCache.get(expression);
        if (cached != null) {
            return cached;
        }
        Optional<String> type = computeType(expression);
        typeCache.putIfAbsent(expression, type);
        return type;
    }

    private Optional<String> computeType(Expression e) {
        if (e instanceof NameExpr name) {
            return bindingOf(name).flatMap(this::typeOfBinding);
        }
        if (e instanceof MethodCallExpr call) {
            return returnType(call);
        }
        if (e instanceof ObjectCreationExpr creation) {
            return scope.resolveType(creation.getType());
        }
        if (e instanceof FieldAccessExpr access) {
            if (typeNameOf(access).isPresent()) {
                return Optional.empty();
            }
            if (access.getNameAsString().equals("length")
                    && typeOf(access.getScope()).filter(t -> t.endsWith("[]")).isPresent()) {
                return Optional.of("int");
            }
            return fieldOf(access).map(f -> f.summary().type());
        }
        if (e instanceof ThisExpr self) {
            return self.getTypeName().isPresent()
                    ? scope.resolveType(self.getTypeName().get().asString(), self)
                    : enclosingTypeOf(self);
        }
        if (e instanceof CastExpr cast) {
            return scope.resolveType(cast.getType());
        }
        if (e instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner());
        }
        if (e instanceof ConditionalExpr conditional) {
            return typeOf(conditional.getThenExpr()).or(() -> typeOf(conditional.getElseExpr()));
        }
        if (e instanceof AssignExpr assign) {
            return typeOf(assign.getTarget());
        }
        if (e instanceof ArrayAccessExpr access) {
            return typeOf(access.getName()).filter(t -> t.endsWith("[]")).map(t -> t.substring(0, t.length() - 2));
        }
        if (e instanceof ArrayCreationExpr array) {
            return scope.resolveType(array.getElementType()).map(t -> t + "[]".repeat(array.getLevels().size()));
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return Optional.of(STRING);
        }
        if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
                && (typeOf(binary.getLeft()).filter(STRING::equals).isPresent()
                || typeOf(binary.getRight()).filter(STRING::equals).isPresent())) {
            return Optional.of(STRING);
        }
        if (e instanceof IntegerLiteralExpr) {
            return Optional.of("int");
        }
        if (e instanceof LongLiteralExpr) {
            return Optional.of("long");
        }
        if (e instanceof BooleanLiteralExpr) {
            return Optional.of("boolean");
        }
        if (e instanceof CharLiteralExpr) {
            return Optional.of("char");
        }
        if (e instanceof DoubleLiteralExpr d) {
            return Optional.of(d.getValue().toLowerCase().endsWith("f") ? "float" : "double");
        }
        if (e instanceof ClassExpr) {
            return Optional.of("java.lang.Class");
        }
        return Optional.empty();
    }

    Optional<String> typeOfBinding(Binding binding) {
        if (binding instanceof Binding.Field field) {
            return Optional.ofNullable(field.summary().type());
        }
        Binding.Local local = (Binding.Local) binding;
        if (local.declaration().getParentNode().orElse(null) instanceof CatchClause) {
            return caughtType(local.declaredType());
        }
        if (local.declaredType() != null) {
            return scope.resolveType(local.declaredType()).or(() -> scope.typeVariableBound(local.declaredType()));
        }
        if (local.initializer() != null) {
            return typeOf(local.initializer());
        }
        if (local.lambda() != null) {
            return implicitLambdaParameterType(local.lambda(), local.lambdaParameter())
                    .or(() -> generics.lambdaParameter(local.lambda(), local.lambdaParameter()).flatMap(GenericType::known));
        }
        // for (var item : items): the element type of the iterable.
        return local.declaration().getParentNode().flatMap(Node::getParentNode)
                .filter(ForEachStmt.class::isInstance)
                .flatMap(loop -> elementTypeOf(((ForEachStmt) loop).getIterable()));
    }

    /**
     * The type of a catch parameter: the caught type when the run knows it or it is the runtime's
     * (whose API the model judges), else {@code Throwable}, which every caught type is (a library
     * exception without its jar, a union of types), so that {@code e.printStackTrace()} is still judged.
     */
    private Optional<String> caughtType(Type caught) {
        return Optional.of(scope.resolveType(caught).filter(t -> types.exists(t) || model.isRuntimeType(t)).orElse(THROWABLE));
    }

    /** The type of an implicitly typed lambda parameter that receives a durable context. */
    private Optional<String> implicitLambdaParameterType(LambdaExpr lambda, int parameter) {
        Optional<ArgumentSlot> slot = ArgumentSlot.of(lambda);
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        MethodCallExpr call = slot.get().call();
        int argument = slot.get().index();
        Optional<DurableCall> durable = durableCall(call);
        Optional<OperationBody> body = durable.flatMap(DurableCall::body).filter(b -> b.argument() == argument);
        if (body.isPresent() && body.get().contextParameter() == parameter) {
            return Optional.of(switch (body.get().kind()) {
                case STEP -> model.stepContextType();
                case CHILD -> model.contextType();
            });
        }
        if (body.isPresent() && body.get().itemParameter() == parameter) {
            int items = durable.get().operation().itemsArgument();
            return items >= 0 && items < call.getArguments().size()
                    ? elementTypeOf(call.getArgument(items))
                    .or(() -> generics.element(call.getArgument(items)).flatMap(GenericType::known))
                    : Optional.empty();
        }
        return entryLambda(call, argument).filter(e -> e.contextParameter() == parameter)
                .map(e -> model.contextType());
    }

    /**
     * The element type of an array, or the first type argument of a collection variable's declared
     * type: {@code Order} for {@code List<Order> orders}.
     */
    private Optional<String> elementTypeOf(Expression items) {
        Optional<String> array = typeOf(items).filter(t -> t.endsWith("[]"));
        if (array.isPresent()) {
            return array.map(t -> t.substring(0, t.length() - 2));
        }
        if (items instanceof MethodCallExpr call && call.getArguments().isEmpty()) {
            return targetOf(call).flatMap(t -> declaredReturnType(t.owner(), t.name()))
                    .flatMap(FileResolver::singleTypeArgument)
                    .flatMap(arg -> types.scopeOf(arg.findCompilationUnit().orElseThrow()).resolveType(arg));
        }
        if (!(items instanceof NameExpr name)) {
            return Optional.empty();
        }
        Optional<Type> declared = bindingOf(name).flatMap(b -> b instanceof Binding.Local local
                ? Optional.ofNullable(local.declaredType())
                : ((Binding.Field) b).source().map(VariableDeclarator::getType));
        return declared.flatMap(FileResolver::singleTypeArgument).flatMap(scope::resolveType);
    }

    /** The written return type of a project method without parameters, or of a record component accessor. */
    private Optional<Type> declaredReturnType(String owner, String method) {
        return types.sourceDeclaration(owner).flatMap(type -> {
            if (type instanceof RecordDeclaration record) {
                Optional<Type> component = record.getParameters().stream()
                        .filter(p -> p.getNameAsString().equals(method)).map(p -> p.getType()).findFirst();
                if (component.isPresent()) {
                    return component;
                }
            }
            return type.getMethodsBySignature(method).stream().map(m -> m.getType()).findFirst();
        });
    }

    private static Optional<Type> singleTypeArgument(Type type) {
        return Optional.of(type).filter(Type::isClassOrInterfaceType)
                .flatMap(t -> t.asClassOrInterfaceType().getTypeArguments())
                .filter(args -> args.size() == 1)
                .map(args -> args.get(0));
    }

    /** The entry lambda of the runtime that {@code call}'s argument {@code argument} is, if any. */
    public Optional<EntryLambda> entryLambda(MethodCallExpr call, int argument) {
        return targetOf(call).flatMap(t -> model.entryLambda(t.owner(), t.name(), argument));
    }

    /** The durable operation a call is, recognised by receiver type, method name and argument count. */
    public Optional<DurableCall> durableCall(MethodCallExpr call) {
        if (!(model.hasOperationNamed(call.getNameAsString()) || model.hasStubInterfaces()) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Optional<DurableCall> cached = durableCache.get(call);
        if (cached != null) {
            return cached;
        }
        Expression scope = call.getScope().get();
        // A configured wrapper may be a static method: its receiver is a type name.
        Optional<DurableCall> found = typeOf(scope).or(() -> typeNameOf(scope))
                .flatMap(receiver -> model.operation(receiver, call.getNameAsString(), call.getArguments().size())
                        .or(() -> stubOperation(receiver, call.getNameAsString(), call.getArguments().size()))
                        .or(() -> referencedStubOperation(receiver, call)))
                .map(op -> new DurableCall(call, op));
        durableCache.putIfAbsent(call, found);
        return found;
    }

    /**
     * A call of {@code method} on {@code receiver} as an operation made through a stub: a method of an
     * activity interface, say.
     *
     * @param arguments the call's argument count, or {@code -1} for a method reference, which can
     *     name any overload
     */
    private Optional<Operation> stubOperation(String receiver, String method, int arguments) {
        if (!model.hasStubInterfaces() || !types.mayCarryAnnotation(receiver, model.stubAnnotationNames())) {
            return Optional.empty();
        }
        return types.find(receiver).filter(t -> t.isInterface() && !t.annotations().isEmpty()).flatMap(t -> {
            List<String> returns = (arguments < 0 ? t.methods().getOrDefault(method, List.of()) : t.methods(method, arguments))
                    .stream().map(MethodSummary::returnType).distinct().toList();
            return model.stubOperation(t.annotations(), receiver, method, returns.size() == 1 ? returns.get(0) : null);
        });
    }

    /**
     * {@code call} as the operation of the stub method it is given as a method reference
     * ({@code Async.function(activities::charge, id)}).
     */
    private Optional<Operation> referencedStubOperation(String receiver, MethodCallExpr call) {
        OptionalInt argument = model.stubReferenceArgument(receiver, call.getNameAsString());
        if (argument.isEmpty() || argument.getAsInt() >= call.getArguments().size()
                || !(call.getArgument(argument.getAsInt()) instanceof MethodReferenceExpr reference)) {
            return Optional.empty();
        }
        return referencedType(reference).flatMap(type -> stubOperation(type, reference.getIdentifier(), -1));
    }

    /** Whether {@code call} waits for a durable operation's result, as {@code future.get()} does. */
    public boolean waitsForDurableResult(MethodCallExpr call) {
        return model.hasResultWaitNamed(call.getNameAsString()) && call.getScope().isPresent()
                && typeOf(call.getScope().get())
                .filter(t -> model.waitsForResult(types.ancestors(t), call.getNameAsString(), call.getArguments().size()))
                .isPresent();
    }

    /**
     * Whether {@code call} asks the runtime whether it is replaying, as {@code ctx.isReplaying()}
     * or a static {@code WorkflowUnsafe.isReplaying()} does.
     */
    public boolean isReplayGuard(MethodCallExpr call) {
        return receiverType(call)
                .filter(t -> model.isReplayGuard(types.ancestors(t), call.getNameAsString(), call.getArguments().size()))
                .isPresent();
    }

    /**
     * Whether {@code call} makes a logger that stays silent on replay, as Temporal's
     * {@code Workflow.getLogger(...)} does.
     */
    public boolean makesReplaySafeLogger(MethodCallExpr call) {
        return receiverType(call).filter(t -> model.isReplaySafeLogger(types.ancestors(t), call.getNameAsString()))
                .isPresent();
    }

    /** The type a call is made on: its receiver's type, or the type named for a static call. */
    private Optional<String> receiverType(MethodCallExpr call) {
        return call.getScope().flatMap(scope -> typeOf(scope).or(() -> typeNameOf(scope)));
    }

    /** The runtime model the file is judged by. */
    public DurableModel model() {
        return model;
    }

    /**
     * Whether {@code callable} is an orchestration entry point that its class's supertypes declare
     * without a context parameter: by annotations (see {@link #isAnnotatedEntry}), or as a method
     * of an entry supertype such as {@code DynamicWorkflow.execute}.
     */
    public boolean isDeclaredEntry(CallableDeclaration<?> callable) {
        if (!model.hasDeclaredEntries()) {
            return false;
        }
        if (callable instanceof MethodDeclaration method && !method.isStatic()
                && callable.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner
                && owner.getFullyQualifiedName()
                .filter(name -> model.isEntrySupertypeMethod(types.ancestors(name), method.getNameAsString()))
                .isPresent()) {
            return true;
        }
        return isAnnotatedEntry(callable);
    }

    /**
     * Whether {@code callable} is an orchestration entry point that annotations declare: a method a
     * workflow interface annotates as such ({@code @WorkflowMethod}), or an annotated constructor
     * ({@code @WorkflowInit}), of a class that implements that interface.
     */
    private boolean isAnnotatedEntry(CallableDeclaration<?> callable) {
        if (!model.hasEntryInterfaces() || !(callable.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
            return false;
        }
        Optional<String> ownerName = owner.getFullyQualifiedName();
        if (ownerName.isEmpty()) {
            return false;
        }
        for (String ancestor : types.ancestors(ownerName.get())) {
            Optional<TypeSummary> declared = types.find(ancestor).filter(s -> s.isInterface() && !s.annotations().isEmpty());
            if (declared.isEmpty()) {
                continue;
            }
            Set<String> onInterface = declared.get().annotations();
            boolean entry = callable instanceof MethodDeclaration method
                    ? model.isEntryMethod(onInterface,
                            declared.get().annotationsOf(method.getNameAsString(), method.getParameters().size()))
                    : model.isEntryConstructor(onInterface, SourceTypeDigest.annotations(callable.getAnnotations(), scope));
            if (entry) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code callable} implements a method of an interface whose implementations the
     * runtime never replays (an {@code @ActivityInterface}'s, in an activity class), or a method a
     * runtime supertype declares never replayed ({@code DynamicActivity.execute}).
     */
    public boolean implementsNeverReplayed(CallableDeclaration<?> callable) {
        if (!(callable instanceof MethodDeclaration method)
                || !(callable.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
            return false;
        }
        Optional<String> ownerName = owner.getFullyQualifiedName();
        if (ownerName.isEmpty()) {
            return false;
        }
        List<String> ancestors = types.ancestors(ownerName.get());
        return (!method.isStatic() && model.isNeverReplayedMethod(ancestors, method.getNameAsString()))
                || ancestors.stream().skip(1).map(types::find).flatMap(Optional::stream)
                .anyMatch(t -> t.isInterface() && model.isNeverReplayed(t.annotations())
                        && !t.methods(method.getNameAsString(), method.getParameters().size()).isEmpty());
    }

    /** Whether {@code type} is a runtime's orchestration context type. */
    public boolean isDurableContext(String type) {
        return model.isContextType(type);
    }

    /** The member a method call reaches, or empty when its receiver cannot be resolved. */
    public Optional<MemberTarget> targetOf(MethodCallExpr call) {
        String name = call.getNameAsString();
        int arguments = call.getArguments().size();
        if (call.getScope().isPresent()) {
            Expression receiver = call.getScope().get();
            Optional<String> typeName = typeNameOf(receiver);
            if (typeName.isPresent()) {
                return Optional.of(new MemberTarget(MemberTarget.Kind.METHOD, typeName.get(), name, argumentTypes(call.getArguments()), true));
            }
            return typeOf(receiver).filter(FileResolver::isReference)
                    .map(t -> new MemberTarget(MemberTarget.Kind.METHOD, t, name, argumentTypes(call.getArguments()), false));
        }
        for (Node n = call.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            Optional<String> owner = Optional.empty();
            if (n instanceof TypeDeclaration<?> type) {
                owner = type.getFullyQualifiedName();
            } else if (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                    && isInsideAnonymousBody(creation, call)) {
                owner = scope.resolveType(creation.getType());
            }
            if (owner.isPresent() && types.declaresMethod(owner.get(), name)) {
                boolean isStatic = types.methods(owner.get(), name, arguments).stream().allMatch(MethodSummary::isStatic);
                return Optional.of(new MemberTarget(MemberTarget.Kind.METHOD, owner.get(), name, argumentTypes(call.getArguments()), isStatic));
            }
        }
        for (String owner : scope.staticImportOwners(name)) {
            if (types.declaresMethod(owner, name)) {
                return Optional.of(new MemberTarget(MemberTarget.Kind.METHOD, owner, name, argumentTypes(call.getArguments()), true));
            }
        }
        return Optional.empty();
    }

    /**
     * The type whose method a method reference names: {@code Helper::normalize}, {@code this::load},
     * {@code repo::save}, {@code System.out::println}.
     */
    public Optional<String> referencedType(MethodReferenceExpr reference) {
        Expression scope = reference.getScope();
        if (scope instanceof TypeExpr) {
            return MethodReferenceScope.of(reference, this).map(MethodReferenceScope.Receiver::type);
        }
        if (scope instanceof ThisExpr self) {
            return self.getTypeName().isPresent() ? typeOf(self) : enclosingTypeOf(self);
        }
        return typeNameOf(scope).or(() -> typeOf(scope)).filter(FileResolver::isReference);
    }

    /** The constructor an object creation calls. */
    public Optional<MemberTarget> targetOf(ObjectCreationExpr creation) {
        return scope.resolveType(creation.getType()).map(t -> new MemberTarget(MemberTarget.Kind.CONSTRUCTOR, t,
                MemberTarget.CONSTRUCTOR_NAME, argumentTypes(creation.getArguments()), false));
    }

    /** The field a field access or a statically imported name reads, when its owner is known. */
    public Optional<MemberTarget> targetOf(Expression fieldAccess) {
        Optional<Binding.Field> field = fieldOf(fieldAccess);
        if (field.isEmpty() || field.get().declaringType() == null) {
            return Optional.empty();
        }
        return Optional.of(new MemberTarget(MemberTarget.Kind.FIELD, field.get().declaringType(),
                field.get().summary().name(), List.of(), field.get().summary().isStatic()));
    }

    /**
     * What a call returns, erased: as declared, or, where the declaration does not decide it (a type
     * variable, overloads that differ), from the generic types of its receiver and arguments.
     */
    private Optional<String> returnType(MethodCallExpr call) {
        Optional<String> erased = erasedReturnType(call);
        return erased.isPresent() || call.getScope().isEmpty() ? erased : generics.of(call).flatMap(GenericType::known);
    }

    /** What a call returns as its declaration says, without type arguments; empty for a type variable or differing overloads. */
    Optional<String> erasedReturnType(MethodCallExpr call) {
        Optional<DurableCall> durable = durableCall(call);
        if (durable.isPresent()) {
            return durable.get().operation().returnType(call.getNameAsString());
        }
        Optional<MemberTarget> target = targetOf(call);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        for (String owner : types.ancestors(target.get().owner())) {
            Optional<ModelMember> member = model.member(owner, call.getNameAsString());
            if (member.isPresent()) {
                return Optional.ofNullable(member.get().returns());
            }
        }
        List<MethodSummary> methods = types.methods(target.get().owner(), call.getNameAsString(), call.getArguments().size());
        List<String> returns = methods.stream().map(MethodSummary::returnType).distinct().toList();
        return returns.size() == 1 ? Optional.ofNullable(returns.get(0)) : Optional.empty();
    }

    private Optional<String> enclosingTypeOf(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                    && isInsideAnonymousBody(creation, node)) {
                return scope.resolveType(creation.getType());
            }
            if (n instanceof TypeDeclaration<?> type) {
                return type.getFullyQualifiedName();
            }
        }
        return Optional.empty();
    }

    private static boolean isInsideAnonymousBody(ObjectCreationExpr creation, Node node) {
        return creation.getAnonymousClassBody().orElseThrow().stream().anyMatch(member -> member.isAncestorOf(node));
    }

    private List<String> argumentTypes(NodeList<Expression> arguments) {
        List<String> out = new ArrayList<>(arguments.size());
        for (Expression argument : arguments) {
            out.add(typeOf(argument).orElse(null));
        }
        return Collections.unmodifiableList(out);
    }

    private static final Set<String> PRIMITIVES = Set.of("int", "long", "short", "byte", "char",
            "boolean", "float", "double", "void");

    /** Everything but primitives: a local class has a simple name, but calls on it still have a target. */
    private static boolean isReference(String type) {
        return !PRIMITIVES.contains(type);
    }
}
