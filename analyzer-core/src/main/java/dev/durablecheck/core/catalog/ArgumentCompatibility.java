package dev.durablecheck.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whether an argument of a known static type can be passed where a parameter type is declared. */
final class ArgumentCompatibility {

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

    private ArgumentCompatibility() {
    }

    /**
     * @param argumentAncestors the argument's type and its supertypes, or {@code null} when unknown
     */
    static boolean accepts(String parameter, String argument, List<String> argumentAncestors) {
        if (argument == null) {
            return true;
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
}
