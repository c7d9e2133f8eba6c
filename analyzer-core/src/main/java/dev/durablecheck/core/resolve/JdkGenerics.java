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
        List<GenericType> results = new ArrayList<>();
        for (Method m : methods(receiver, method, arity)) {
            results.add(convert(m.getGenericReturnType(), bindingsFor(receiver, m.getDeclaringClass())));
        }
        return agreed(results);
    }

    /**
     * What a static factory of the platform returns, its own type variables bound from the
     * arguments' types where a parameter is one ({@code List.of(a, b)}, {@code Optional.of(x)},
     * {@code Arrays.asList(...)}), when all its overloads agree.
     */
    static Optional<GenericType> staticReturnType(String owner, String method, List<GenericType> arguments) {
        List<GenericType> results = new ArrayList<>();
        for (Method m : load(owner).map(type -> Arrays.stream(type.getMethods()).toList()).orElse(List.of())) {
            if (!m.getName().equals(method) || !Modifier.isStatic(m.getModifiers()) || !accepts(m, arguments.size())) {
                continue;
            }
            Map<TypeVariable<?>, GenericType> bindings = new HashMap<>();
            Type[] parameters = m.getGenericParameterTypes();
            for (int i = 0; i < arguments.size(); i++) {
                Type parameter = parameters[Math.min(i, parameters.length - 1)];
                if (m.isVarArgs() && i >= parameters.length - 1 && parameter instanceof java.lang.reflect.GenericArrayType array) {
                    parameter = array.getGenericComponentType();
                }
                if (parameter instanceof TypeVariable<?> variable && arguments.get(i).known().isPresent()) {
                    GenericType earlier = bindings.putIfAbsent(variable, arguments.get(i));
                    if (earlier != null && !earlier.equals(arguments.get(i))) {
                        bindings.put(variable, GenericType.UNKNOWN);
                    }
                }
            }
            results.add(convert(m.getGenericReturnType(), bindings));
        }
        return agreed(results);
    }

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
        List<Method> abstracts = Arrays.stream(type.get().getMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)).toList();
        if (abstracts.size() != 1 || index >= abstracts.get(0).getParameterCount()) {
            return Optional.empty();
        }
        Method single = abstracts.get(0);
        GenericType parameter = convert(single.getGenericParameterTypes()[index], bindingsFor(function, single.getDeclaringClass()));
        return parameter.known().isPresent() ? Optional.of(parameter) : Optional.empty();
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
