package dev.durablecheck.core.resolve;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generic signatures of the platform's members, read from the JDK's own classes: what
 * {@code Stream<Account>.filter} takes ({@code Predicate<Account>}), what
 * {@code Supplier<DynamoDbClient>.get} returns, and the parameters of a functional interface's
 * one method. Type variables of the receiver's class are bound through its supertypes; a method's
 * own type variables stay unknown. Stateless.
 */
final class JdkGenerics {

    private JdkGenerics() {
    }

    /** What {@code receiver.method(...)} with {@code arity} arguments returns, when all its overloads agree. */
    static Optional<GenericType> returnType(GenericType receiver, String method, int arity) {
        return returnType(receiver, method, java.util.Collections.nCopies(arity, GenericType.UNKNOWN),
                java.util.Collections.nCopies(arity, Optional.empty()));
    }

    /**
     * What {@code receiver.method(...)} returns, the method's own type variables bound from what
     * its function arguments return: {@code R} of {@code Stream<T>.map(Function<? super T, ? extends R>)}
     * is the type of {@code String::trim}'s result.
     *
     * @param arguments per argument, its generic type, or {@link GenericType#UNKNOWN}
     * @param functionResults per argument, what it returns when it is a lambda or method reference
     */
    static Optional<GenericType> returnType(GenericType receiver, String method, List<GenericType> arguments,
                                            List<Optional<GenericType>> functionResults) {
        List<GenericType> results = new ArrayList<>();
        for (Method m : methods(receiver, method, arguments.size())) {
            Map<TypeVariable<?>, GenericType> bindings = bindingsFor(receiver, m.getDeclaringClass());
            bindFunctionResults(m, functionResults, bindings);
            Type[] parameters = m.getGenericParameterTypes();
            for (int i = 0; i < arguments.size(); i++) {
                unify(parameters[i], arguments.get(i), m, bindings);
            }
            results.add(convert(m.getGenericReturnType(), bindings));
        }
        return agreed(results);
    }

    /**
     * Binds {@code m}'s own type variables in a parameter's declared type to what stands in their
     * place in the argument's type: {@code R} of {@code collect(Collector<? super T, A, R>)} is the
     * {@code String} of a {@code Collector<CharSequence, ?, String>}.
     */
    private static void unify(Type parameter, GenericType argument, Method m, Map<TypeVariable<?>, GenericType> bindings) {
        Type declared = parameter;
        if (declared instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            declared = wildcard.getLowerBounds().length > 0 ? wildcard.getLowerBounds()[0] : wildcard.getUpperBounds()[0];
        }
        if (declared instanceof TypeVariable<?> variable && variable.getGenericDeclaration() == m && argument.known().isPresent()) {
            bindings.putIfAbsent(variable, argument.boxed());
        } else if (declared instanceof ParameterizedType parameterized && argument.known().isPresent()) {
            Type[] inner = parameterized.getActualTypeArguments();
            for (int i = 0; i < inner.length; i++) {
                unify(inner[i], argument.argument(i), m, bindings);
            }
        }
    }

    /** Binds each of {@code m}'s own type variables that a function parameter's result is declared as. */
    private static void bindFunctionResults(Method m, List<Optional<GenericType>> functionResults,
                                            Map<TypeVariable<?>, GenericType> bindings) {
        Type[] parameters = m.getGenericParameterTypes();
        for (int i = 0; i < functionResults.size() && i < parameters.length; i++) {
            if (functionResults.get(i).isEmpty() || !(parameters[i] instanceof ParameterizedType function)) {
                continue;
            }
            Class<?> raw = (Class<?>) function.getRawType();
            Optional<Method> single = singleAbstractMethod(raw);
            if (single.isEmpty() || single.get().getDeclaringClass() != raw
                    || !(single.get().getGenericReturnType() instanceof TypeVariable<?> returned)) {
                continue;
            }
            int position = Arrays.asList(raw.getTypeParameters()).indexOf(returned);
            Type actual = function.getActualTypeArguments()[position];
            if (actual instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
                actual = wildcard.getUpperBounds()[0];
            }
            if (actual instanceof TypeVariable<?> variable && variable.getGenericDeclaration() == m) {
                bindings.putIfAbsent(variable, functionResults.get(i).get().boxed());
            }
        }
    }

    /** What a platform method named {@code method} returns, erased, when all its overloads agree: {@code String} for {@code String::trim}. */
    static Optional<GenericType> referencedResult(String owner, String method) {
        List<String> returns = load(owner).map(type -> Arrays.stream(type.getMethods())
                        .filter(m -> m.getName().equals(method)).map(m -> m.getReturnType())
                        .map(c -> c.isArray() ? c.getComponentType().getName() + "[]" : c.getName())
                        .map(name -> name.replace('$', '.')).distinct().toList())
                .orElse(List.of());
        return returns.size() == 1 ? Optional.of(GenericType.of(returns.get(0))) : Optional.empty();
    }

    /**
     * What a static factory of the platform returns, its own type variables bound from the
     * arguments' types where a parameter is one ({@code List.of(a, b)}, {@code Optional.of(x)},
     * {@code Arrays.asList(...)}), when all its overloads agree.
     */
    static Optional<GenericType> staticReturnType(String owner, String method, List<GenericType> arguments) {
        List<GenericType> results = new ArrayList<>();
        Optional<GenericType> arrayToVarargs = Optional.empty();
        for (Method m : load(owner).map(type -> Arrays.stream(type.getMethods()).toList()).orElse(List.of())) {
            if (m.getName().equals(method) && Modifier.isStatic(m.getModifiers()) && accepts(m, arguments.size())
                    && acceptsTypes(m, arguments)) {
                GenericType result = convert(m.getGenericReturnType(), bindArguments(m, arguments));
                results.add(result);
                if (m.isVarArgs() && m.getParameterCount() == arguments.size() && isArray(arguments.get(arguments.size() - 1))) {
                    arrayToVarargs = Optional.of(result);
                }
            }
        }
        // An array where the varargs go is the most specific choice (JLS 15.12.2.5): List.of(array) lists its elements.
        Optional<GenericType> agreed = agreed(results);
        return agreed.isPresent() ? agreed : arrayToVarargs.filter(t -> t.known().isPresent());
    }

    /** {@code m}'s own type variables, bound from the types of the arguments given where a parameter is one, or an array of one. */
    private static Map<TypeVariable<?>, GenericType> bindArguments(Method m, List<GenericType> arguments) {
        Map<TypeVariable<?>, GenericType> bindings = new HashMap<>();
        Type[] parameters = m.getGenericParameterTypes();
        for (int i = 0; i < arguments.size(); i++) {
            Type parameter = parameters[Math.min(i, parameters.length - 1)];
            GenericType argument = arguments.get(i);
            if (m.isVarArgs() && i >= parameters.length - 1 && parameter instanceof java.lang.reflect.GenericArrayType array
                    && !(arguments.size() == parameters.length && argument.known().filter(t -> t.endsWith("[]")).isPresent())) {
                parameter = array.getGenericComponentType();
            }
            if (parameter instanceof java.lang.reflect.GenericArrayType array && argument.known().filter(t -> t.endsWith("[]")).isPresent()) {
                // Arrays.stream(T[]): the element type of the array given.
                parameter = array.getGenericComponentType();
                argument = GenericType.of(argument.erasure().substring(0, argument.erasure().length() - 2));
            }
            if (parameter instanceof TypeVariable<?> variable && argument.known().isPresent()) {
                GenericType earlier = bindings.putIfAbsent(variable, argument.boxed());
                if (earlier != null && !earlier.equals(argument.boxed())) {
                    bindings.put(variable, GenericType.UNKNOWN);
                }
            }
        }
        return bindings;
    }

    /**
     * Whether the arguments' erased types can be passed to {@code m}'s parameters, as far as the
     * platform's classes tell: {@code Arrays.stream(String[])} is not {@code stream(int[])}. A type
     * that cannot be loaded (the project's own) is taken as passable to any reference parameter.
     */
    private static boolean acceptsTypes(Method m, List<GenericType> arguments) {
        Class<?>[] parameters = m.getParameterTypes();
        for (int i = 0; i < arguments.size() && i < parameters.length; i++) {
            boolean varargsTail = m.isVarArgs() && i >= parameters.length - 1;
            Class<?> parameter = varargsTail && !(arguments.size() == parameters.length && isArray(arguments.get(i)))
                    ? parameters[parameters.length - 1].getComponentType() : parameters[i];
            Optional<Class<?>> argument = loadValueType(arguments.get(i).erasure());
            if (argument.isPresent() && !box(parameter).isAssignableFrom(box(argument.get()))) {
                return false;
            }
            if (argument.isEmpty() && arguments.get(i).erasure() != null && (parameter.isPrimitive()
                    || (parameter.isArray() && parameter.getComponentType().isPrimitive()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArray(GenericType type) {
        return type.known().filter(t -> t.endsWith("[]")).isPresent();
    }

    /** A platform class, a primitive, or an array of them, by the name the resolver writes. */
    private static Optional<Class<?>> loadValueType(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.endsWith("[]")) {
            return loadValueType(name.substring(0, name.length() - 2)).map(c -> java.lang.reflect.Array.newInstance(c, 0).getClass());
        }
        return Optional.<Class<?>>ofNullable(PRIMITIVES.get(name)).or(() -> load(name));
    }

    private static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("int", int.class, "long", long.class,
            "short", short.class, "byte", byte.class, "char", char.class, "boolean", boolean.class,
            "float", float.class, "double", double.class);

    private static boolean accepts(Method m, int arguments) {
        int parameters = m.getParameterCount();
        return m.isVarArgs() ? arguments >= parameters - 1 : arguments == parameters;
    }

    /** The type of parameter {@code index} of {@code receiver.method(...)}, when all its overloads agree. */
    static Optional<GenericType> parameterType(GenericType receiver, String method, int arity, int index) {
        List<GenericType> results = new ArrayList<>();
        for (Method m : methods(receiver, method, arity)) {
            results.add(convert(m.getGenericParameterTypes()[index], bindingsFor(receiver, m.getDeclaringClass())));
        }
        return agreed(results);
    }

    /** The type of parameter {@code index} of a functional interface's one abstract method: {@code Account} for {@code Predicate<Account>}. */
    static Optional<GenericType> functionalParameter(GenericType function, int index) {
        Optional<Class<?>> type = load(function.erasure()).filter(Class::isInterface);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<Method> found = singleAbstractMethod(type.get());
        if (found.isEmpty() || index >= found.get().getParameterCount()) {
            return Optional.empty();
        }
        Method single = found.get();
        GenericType parameter = convert(single.getGenericParameterTypes()[index], bindingsFor(function, single.getDeclaringClass()));
        return parameter.known().isPresent() ? Optional.of(parameter) : Optional.empty();
    }

    /** The one abstract method of a functional interface. */
    private static Optional<Method> singleAbstractMethod(Class<?> type) {
        if (!type.isInterface()) {
            return Optional.empty();
        }
        List<Method> abstracts = Arrays.stream(type.getMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)).toList();
        return abstracts.size() == 1 ? Optional.of(abstracts.get(0)) : Optional.empty();
    }

    private static List<Method> methods(GenericType receiver, String method, int arity) {
        return load(receiver.erasure()).map(type -> Arrays.stream(type.getMethods())
                        .filter(m -> m.getName().equals(method) && m.getParameterCount() == arity && !m.isBridge())
                        .toList())
                .orElse(List.of());
    }

    private static Optional<GenericType> agreed(List<GenericType> results) {
        if (results.isEmpty() || results.stream().distinct().count() != 1 || results.get(0).known().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(results.get(0));
    }

    /** Whether {@code m} is one of Object's public methods, which a functional interface may redeclare. */
    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The type variables of {@code declaring}, bound from the receiver's type arguments through the
     * supertypes between them: {@code E} of {@code Collection<E>} is the {@code Account} of a
     * {@code List<Account>}.
     */
    private static Map<TypeVariable<?>, GenericType> bindingsFor(GenericType receiver, Class<?> declaring) {
        Optional<Class<?>> start = load(receiver.erasure());
        Map<TypeVariable<?>, GenericType> bindings = new HashMap<>();
        if (start.isEmpty()) {
            return bindings;
        }
        TypeVariable<?>[] own = start.get().getTypeParameters();
        for (int i = 0; i < own.length; i++) {
            bindings.put(own[i], receiver.argument(i));
        }
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(start.get()));
        while (!pending.isEmpty()) {
            Class<?> type = pending.removeFirst();
            if (type == declaring) {
                break;
            }
            List<Type> supertypes = new ArrayList<>(Arrays.asList(type.getGenericInterfaces()));
            if (type.getGenericSuperclass() != null) {
                supertypes.add(type.getGenericSuperclass());
            }
            for (Type supertype : supertypes) {
                Class<?> raw = supertype instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) supertype;
                if (supertype instanceof ParameterizedType p) {
                    TypeVariable<?>[] variables = raw.getTypeParameters();
                    for (int i = 0; i < variables.length; i++) {
                        bindings.putIfAbsent(variables[i], convert(p.getActualTypeArguments()[i], bindings));
                    }
                }
                pending.add(raw);
            }
        }
        return bindings;
    }

    private static GenericType convert(Type type, Map<TypeVariable<?>, GenericType> bindings) {
        if (type instanceof Class<?> c) {
            return GenericType.of(c.isArray() ? c.getComponentType().getName().replace('$', '.') + "[]" : c.getName().replace('$', '.'));
        }
        if (type instanceof ParameterizedType p) {
            List<GenericType> arguments = new ArrayList<>();
            for (Type argument : p.getActualTypeArguments()) {
                arguments.add(convert(argument, bindings));
            }
            return GenericType.of(((Class<?>) p.getRawType()).getName().replace('$', '.'), arguments);
        }
        if (type instanceof TypeVariable<?> variable) {
            return bindings.getOrDefault(variable, GenericType.UNKNOWN);
        }
        if (type instanceof java.lang.reflect.GenericArrayType array) {
            GenericType component = convert(array.getGenericComponentType(), bindings);
            return component.known().map(c -> GenericType.of(c + "[]")).orElse(GenericType.UNKNOWN);
        }
        if (type instanceof WildcardType wildcard) {
            // ? super T receives a T; ? extends T gives one: either way the value is a T.
            Type[] lower = wildcard.getLowerBounds();
            Type[] upper = wildcard.getUpperBounds();
            Type bound = lower.length > 0 ? lower[0] : upper.length > 0 && upper[0] != Object.class ? upper[0] : null;
            return bound == null ? GenericType.UNKNOWN : convert(bound, bindings);
        }
        return GenericType.UNKNOWN;
    }

    private static Optional<Class<?>> load(String erasure) {
        if (erasure == null || !KnownTypes.isPlatform(erasure)) {
            return Optional.empty();
        }
        String name = erasure;
        while (true) {
            try {
                return Optional.of(Class.forName(name, false, ClassLoader.getPlatformClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !Character.isUpperCase(name.charAt(name.lastIndexOf('.', dot - 1) + 1))) {
                    return Optional.empty();
                }
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            }
        }
    }
}
