package dev.durablecheck.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an argument of a known static type can be passed where a parameter type is declared:
 * for catalog entries with parameters, and to tell a project method's overloads apart.
 */
public final class ArgumentCompatibility {

    /** Primitive widening conversions (JLS 5.1.2), each type mapped to what it widens to. */
    private static final Map<String, Set<String>> WIDENING = Map.of(
            "byte", Set.of("short", "int", "long", "float", "double"),
            "short", Set.of("int", "long", "float", "double"),
            "char", Set.of("int", "long", "float", "double"),
            "int", Set.of("long", "float", "double"),
            "long", Set.of("float", "double"),
            "float", Set.of("double"));

    private static final Map<String, String> UNBOXED = Map.of(
            "java.lang.Byte", "byte", "java.lang.Short", "short", "java.lang.Character", "char",
            "java.lang.Integer", "int", "java.lang.Long", "long", "java.lang.Float", "float",
            "java.lang.Double", "double", "java.lang.Boolean", "boolean");

    private static final Map<String, String> BOXED = Map.of(
            "byte", "java.lang.Byte", "short", "java.lang.Short", "char", "java.lang.Character",
            "int", "java.lang.Integer", "long", "java.lang.Long", "float", "java.lang.Float",
            "double", "java.lang.Double", "boolean", "java.lang.Boolean");

    private static final Set<String> BOXED_SUPERTYPES = Set.of("java.lang.Object", "java.lang.Number",
            "java.lang.Comparable", "java.io.Serializable", "java.lang.constant.Constable");

    private static final Set<String> ARRAY_SUPERTYPES = Set.of("java.lang.Object", "java.lang.Cloneable",
            "java.io.Serializable");

    private ArgumentCompatibility() {
    }

    /**
     * @param argumentAncestors the argument's type and its supertypes, or {@code null} when unknown;
     *     for an array, those of its {@linkplain #elementType element type}
     */
    public static boolean accepts(String parameter, String argument, List<String> argumentAncestors) {
        if (argument == null) {
            return true;
        }
        if (argument.endsWith("[]")) {
            return acceptsArray(parameter, argument, argumentAncestors);
        }
        String unboxed = UNBOXED.getOrDefault(argument, argument);
        if (parameter.equals(argument) || parameter.equals(unboxed)) {
            return true;
        }
        if (WIDENING.getOrDefault(unboxed, Set.of()).contains(parameter)) {
            return true;
        }
        String boxed = BOXED.get(argument);
        if (boxed != null) {
            // A primitive boxes to its wrapper, which is a Number, Comparable, Serializable and Object.
            return parameter.equals(boxed) || BOXED_SUPERTYPES.contains(parameter);
        }
        return argumentAncestors != null && argumentAncestors.contains(parameter);
    }

    /** The type of an array's elements, however many dimensions it has; any other type itself. */
    public static String elementType(String type) {
        String element = type;
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2);
        }
        return element;
    }

    /** Arrays are Objects, and arrays of references are covariant; arrays of primitives are not. */
    private static boolean acceptsArray(String parameter, String argument, List<String> componentAncestors) {
        if (ARRAY_SUPERTYPES.contains(parameter)) {
            return true;
        }
        if (!parameter.endsWith("[]")) {
            return false;
        }
        String component = argument.substring(0, argument.length() - 2);
        String parameterComponent = parameter.substring(0, parameter.length() - 2);
        if (component.equals(parameterComponent)) {
            return true;
        }
        boolean primitive = component.indexOf('.') < 0 && !component.endsWith("[]");
        return !primitive && (component.endsWith("[]")
                ? acceptsArray(parameterComponent, component, componentAncestors)
                : componentAncestors != null && componentAncestors.contains(parameterComponent));
    }
}
