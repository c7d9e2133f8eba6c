package dev.durablecheck.core.resolve;

import java.util.List;
import java.util.Optional;

/**
 * A type with its type arguments, as far as they are known: {@code java.util.List<com.acme.Account>}.
 * Only what lambda parameters and the results of generic methods need: an argument that is not
 * known (a wildcard without bound, a method's own type variable) is {@link #UNKNOWN}.
 *
 * @param erasure the fully qualified erased type, or {@code null} when not known
 * @param variable the name of the class type variable a written type is, before it is bound
 *     ({@code T} in {@code List<T> findAll()}), or {@code null}
 */
public record GenericType(String erasure, List<GenericType> arguments, String variable) {

    static final GenericType UNKNOWN = new GenericType(null, List.of(), null);

    public GenericType {
        arguments = List.copyOf(arguments);
    }

    static GenericType of(String erasure) {
        return new GenericType(erasure, List.of(), null);
    }

    static GenericType of(String erasure, List<GenericType> arguments) {
        return new GenericType(erasure, arguments, null);
    }

    static GenericType variable(String name) {
        return new GenericType(null, List.of(), name);
    }

    private static final java.util.Map<String, String> BOXES = java.util.Map.of("int", "java.lang.Integer",
            "long", "java.lang.Long", "short", "java.lang.Short", "byte", "java.lang.Byte", "char", "java.lang.Character",
            "boolean", "java.lang.Boolean", "float", "java.lang.Float", "double", "java.lang.Double");

    /** This type as a type argument: a primitive boxed, since a type variable stands for a reference type. */
    GenericType boxed() {
        String box = erasure == null ? null : BOXES.get(erasure);
        return box == null ? this : of(box);
    }

    /** The erased type, when known. */
    Optional<String> known() {
        return Optional.ofNullable(erasure);
    }

    /** The type argument at {@code index}, or {@link #UNKNOWN}. */
    GenericType argument(int index) {
        return index < arguments.size() ? arguments.get(index) : UNKNOWN;
    }
}
