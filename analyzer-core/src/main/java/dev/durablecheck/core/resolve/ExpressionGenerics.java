package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.durablecheck.core.parse.Preorder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generic types of one file's expressions, where the erased types the resolver works with lose
 * what a lambda parameter or a generic method's result needs: {@code List<Account> accounts} makes
 * {@code accounts.stream().filter(a -> ...)}'s {@code a} an {@code Account}, and
 * {@code Supplier<DynamoDbClient> registry} makes {@code registry.get()} a {@code DynamoDbClient}.
 * Types come from written declarations; the platform's members from their generic signatures
 * ({@link JdkGenerics}); a project method's result from its written return type with its class's
 * type variables bound by the receiver. A method's own type variables are not inferred.
 */
final class ExpressionGenerics {

    /** Deeper receiver chains than this are left unknown: no real expression needs more. */
    private static final int MAX_DEPTH = 24;

    private final FileResolver resolver;

    ExpressionGenerics(FileResolver resolver) {
        this.resolver = resolver;
    }

    /** The generic type of {@code e}, when its erased type is known at least. */
    Optional<GenericType> of(Expression e) {
        return of(e, 0).filter(t -> t.known().isPresent());
    }

    private Optional<GenericType> of(Expression e, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (e instanceof EnclosedExpr enclosed) {
            return of(enclosed.getInner(), depth + 1);
        }
        if (e instanceof CastExpr cast) {
            return Optional.of(written(cast.getType()));
        }
        if (e instanceof ObjectCreationExpr creation) {
            return Optional.of(written(creation.getType()));
        }
        if (e instanceof NameExpr name) {
            return ofName(name, depth);
        }
        if (e instanceof MethodCallExpr call) {
            return ofCall(call, depth);
        }
        return resolver.typeOf(e).map(GenericType::of);
    }

    private Optional<GenericType> ofName(NameExpr name, int depth) {
        Optional<Binding> binding = resolver.bindingOf(name);
        if (binding.isEmpty()) {
            return Optional.empty();
        }
        if (binding.get() instanceof Binding.Field field) {
            return field.source().map(declarator -> writtenIn(declarator.getType(), declarator));
        }
        Binding.Local local = (Binding.Local) binding.get();
        if (local.declaredType() != null && !local.declaredType().isVarType()) {
            return Optional.of(written(local.declaredType()));
        }
        if (local.initializer() != null) {
            return of(local.initializer(), depth + 1);
        }
        if (local.lambda() != null) {
            return lambdaParameter(local.lambda(), local.lambdaParameter(), depth + 1);
        }
        return local.declaration().getParentNode().flatMap(Node::getParentNode)
                .filter(ForEachStmt.class::isInstance)
                .flatMap(loop -> element(((ForEachStmt) loop).getIterable(), depth + 1));
    }

    /** The type of what iterating {@code iterable} gives: {@code Order} for a {@code List<Order>}. */
    Optional<GenericType> element(Expression iterable) {
        return element(iterable, 0).filter(t -> t.known().isPresent());
    }

    private Optional<GenericType> element(Expression iterable, int depth) {
        return of(iterable, depth + 1).filter(t -> t.known().isPresent())
                .flatMap(type -> JdkGenerics.returnType(type, "iterator", 0))
                .map(iterator -> iterator.argument(0));
    }

    private Optional<GenericType> ofCall(MethodCallExpr call, int depth) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            return resolver.typeOf(call).map(GenericType::of);
        }
        Optional<String> typeName = resolver.typeNameOf(scope.get());
        if (typeName.isPresent()) {
            List<GenericType> arguments = new ArrayList<>();
            call.getArguments().forEach(a -> arguments.add(of(a, depth + 1).orElse(GenericType.UNKNOWN)));
            return JdkGenerics.staticReturnType(typeName.get(), call.getNameAsString(), arguments)
                    .or(() -> sourceMethod(GenericType.of(typeName.get()), call).filter(MethodDeclaration::isStatic)
                            .map(method -> bound(writtenIn(method.getType(), method), methodBindings(method, call, depth))))
                    .or(() -> resolver.erasedReturnType(call).map(GenericType::of));
        }
        Optional<GenericType> receiver = of(scope.get(), depth + 1).filter(t -> t.known().isPresent());
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        List<GenericType> arguments = new ArrayList<>();
        List<Optional<GenericType>> functionResults = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            boolean function = argument instanceof LambdaExpr || argument instanceof MethodReferenceExpr;
            arguments.add(function ? GenericType.UNKNOWN : of(argument, depth + 1).orElse(GenericType.UNKNOWN));
            functionResults.add(function ? functionResult(argument, depth + 1) : Optional.empty());
        }
        Optional<GenericType> fromJdk = JdkGenerics.returnType(receiver.get(), call.getNameAsString(), arguments, functionResults);
        if (fromJdk.isPresent()) {
            return fromJdk;
        }
        return sourceMethod(receiver.get(), call).map(method -> {
            Map<String, GenericType> bindings = new HashMap<>(classBindings(method, receiver.get()));
            bindings.putAll(methodBindings(method, call, depth));
            return bound(writtenIn(method.getType(), method), bindings);
        });
    }

    /**
     * What a lambda or method reference given as an argument returns, for the type variables of
     * the method it is given to: its expression body, its first returned value, or the referenced
     * method's declared result; empty for any other argument.
     */
    private Optional<GenericType> functionResult(Expression argument, int depth) {
        if (argument instanceof LambdaExpr lambda) {
            Optional<Expression> returned = lambda.getExpressionBody().or(() -> Preorder.findAll(lambda.getBody(), ReturnStmt.class).stream()
                    .filter(r -> r.findAncestor(LambdaExpr.class).filter(l -> l == lambda).isPresent())
                    .findFirst().flatMap(ReturnStmt::getExpression));
            return returned.flatMap(value -> of(value, depth + 1)).filter(t -> t.known().isPresent());
        }
        if (argument instanceof MethodReferenceExpr reference && reference.getScope() instanceof TypeExpr type) {
            Optional<String> owner = resolver.scope().resolveType(type.getType());
            return owner.flatMap(o -> JdkGenerics.referencedResult(o, reference.getIdentifier())
                    .or(() -> resolver.types().sourceDeclaration(o)
                            .map(declaration -> declaration.getMethodsByName(reference.getIdentifier()))
                            .filter(methods -> methods.size() == 1)
                            .map(methods -> bound(writtenIn(methods.get(0).getType(), methods.get(0)), Map.of()))
                            .filter(t -> t.known().isPresent())));
        }
        return Optional.empty();
    }

    /**
     * The type of parameter {@code index} of a lambda given to a method: the matching parameter of
     * the functional interface the method's parameter declares, for a platform method or a project one.
     */
    Optional<GenericType> lambdaParameter(LambdaExpr lambda, int index) {
        return lambdaParameter(lambda, index, 0).filter(t -> t.known().isPresent());
    }

    private Optional<GenericType> lambdaParameter(LambdaExpr lambda, int index, int depth) {
        Optional<ArgumentSlot> slot = ArgumentSlot.of(lambda);
        if (slot.isEmpty() || slot.get().call().getScope().isEmpty()) {
            return Optional.empty();
        }
        MethodCallExpr call = slot.get().call();
        Expression scope = call.getScope().get();
        int given = slot.get().index();
        Optional<String> typeName = resolver.typeNameOf(scope);
        if (typeName.isPresent()) {
            // A static project method: its own type variables bound from the other arguments.
            return sourceMethod(GenericType.of(typeName.get()), call).filter(MethodDeclaration::isStatic)
                    .map(method -> bound(writtenIn(method.getParameter(given).getType(), method),
                            methodBindings(method, call, depth)))
                    .flatMap(f -> JdkGenerics.functionalParameter(f, index));
        }
        Optional<GenericType> receiver = of(scope, depth + 1).filter(t -> t.known().isPresent());
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        int arity = call.getArguments().size();
        Optional<GenericType> function = JdkGenerics.parameterType(receiver.get(), call.getNameAsString(), arity, given)
                .or(() -> sourceMethod(receiver.get(), call).map(method -> {
                    Map<String, GenericType> bindings = new HashMap<>(classBindings(method, receiver.get()));
                    bindings.putAll(methodBindings(method, call, depth));
                    return bound(writtenIn(method.getParameter(given).getType(), method), bindings);
                }));
        return function.flatMap(f -> JdkGenerics.functionalParameter(f, index));
    }

    /**
     * A project method's own type variables, bound from the arguments that are not functions:
     * {@code T} of {@code <T> Optional<T> firstMatching(List<T> items, Predicate<T> test)} is the
     * {@code String} of a {@code List<String>} given as {@code items}.
     */
    private Map<String, GenericType> methodBindings(MethodDeclaration method, MethodCallExpr call, int depth) {
        Map<String, GenericType> bindings = new HashMap<>();
        List<String> variables = method.getTypeParameters().stream().map(TypeParameter::getNameAsString).toList();
        if (variables.isEmpty()) {
            return bindings;
        }
        for (int i = 0; i < call.getArguments().size() && i < method.getParameters().size(); i++) {
            Expression argument = call.getArgument(i);
            Optional<GenericType> type = argument instanceof LambdaExpr || argument instanceof MethodReferenceExpr
                    ? Optional.empty() : of(argument, depth + 1);
            if (type.isPresent()) {
                unify(writtenIn(method.getParameter(i).getType(), method), type.get(), variables, bindings);
            }
        }
        return bindings;
    }

    private static void unify(GenericType declared, GenericType given, List<String> variables, Map<String, GenericType> bindings) {
        if (declared.variable() != null && variables.contains(declared.variable()) && given.known().isPresent()) {
            bindings.putIfAbsent(declared.variable(), given.boxed());
        } else if (declared.known().isPresent()) {
            for (int i = 0; i < declared.arguments().size(); i++) {
                unify(declared.argument(i), given.argument(i), variables, bindings);
            }
        }
    }

    /** The one project method a call on {@code receiver} runs with this many arguments, declared on the receiver's type. */
    private Optional<MethodDeclaration> sourceMethod(GenericType receiver, MethodCallExpr call) {
        return resolver.types().sourceDeclaration(receiver.erasure()).flatMap(type -> {
            List<MethodDeclaration> found = type.getMethodsByName(call.getNameAsString()).stream()
                    .filter(m -> m.getParameters().size() == call.getArguments().size()
                            && m.getParameters().stream().noneMatch(Parameter::isVarArgs))
                    .toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        });
    }

    /** The declaring class's type variables, bound to the receiver's type arguments. */
    private static Map<String, GenericType> classBindings(MethodDeclaration method, GenericType receiver) {
        Map<String, GenericType> bindings = new HashMap<>();
        method.findAncestor(TypeDeclaration.class).ifPresent(type -> {
            if (type instanceof com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters<?> generic) {
                List<TypeParameter> parameters = generic.getTypeParameters();
                for (int i = 0; i < parameters.size(); i++) {
                    bindings.put(parameters.get(i).getNameAsString(), receiver.argument(i));
                }
            }
        });
        return bindings;
    }

    /** A written type read where it is written, with type variables left as their names, to be bound. */
    private GenericType writtenIn(Type type, Node where) {
        ImportScope scope = resolver.types().scopeOf(where.findCompilationUnit().orElseThrow());
        return written(type, scope);
    }

    private GenericType written(Type type) {
        return written(type, resolver.scope());
    }

    private static GenericType written(Type type, ImportScope scope) {
        if (type.isClassOrInterfaceType()) {
            ClassOrInterfaceType c = type.asClassOrInterfaceType();
            Optional<String> erasure = scope.resolveType(c);
            if (erasure.isEmpty()) {
                // A type variable, or a name that does not resolve: kept by name for bound() to replace.
                return GenericType.variable(c.getNameAsString());
            }
            List<GenericType> arguments = new ArrayList<>();
            c.getTypeArguments().ifPresent(args -> args.forEach(a -> arguments.add(argument(a, scope))));
            return GenericType.of(erasure.get(), arguments);
        }
        return scope.resolveType(type).map(GenericType::of).orElse(GenericType.UNKNOWN);
    }

    private static GenericType argument(Type argument, ImportScope scope) {
        if (argument.isWildcardType()) {
            return argument.asWildcardType().getExtendedType().or(() -> argument.asWildcardType().getSuperType())
                    .map(bound -> written(bound, scope)).orElse(GenericType.UNKNOWN);
        }
        return written(argument, scope);
    }

    /** {@code type} with the type variables {@link #written} kept by name replaced from {@code bindings}. */
    private static GenericType bound(GenericType type, Map<String, GenericType> bindings) {
        if (type.variable() != null) {
            return bindings.getOrDefault(type.variable(), GenericType.UNKNOWN);
        }
        if (type.erasure() == null) {
            return GenericType.UNKNOWN;
        }
        List<GenericType> arguments = new ArrayList<>();
        type.arguments().forEach(a -> arguments.add(bound(a, bindings)));
        return GenericType.of(type.erasure(), arguments);
    }
}
