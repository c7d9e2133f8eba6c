package dev.durablecheck.core.resolve;

/**
 * A field of a type.
 *
 * @param type fully qualified erased type, a primitive name, or {@code null} when unresolved
 */
public record FieldSummary(String name, String type, boolean isStatic, boolean isFinal) {
}
