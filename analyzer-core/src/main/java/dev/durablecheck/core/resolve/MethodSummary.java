package dev.durablecheck.core.resolve;

/**
 * What the analysis needs to know of a method: enough to match a call by name and argument
 * count and to type its result.
 *
 * @param returnType fully qualified erased return type, a primitive name, {@code void}, or
 *     {@code null} when it is a type variable or cannot be resolved
 */
public record MethodSummary(String name, int arity, boolean varargs, boolean isStatic, String returnType) {

    /** Whether a call with {@code arguments} arguments can bind to this method. */
    public boolean accepts(int arguments) {
        return varargs ? arguments >= arity - 1 : arguments == arity;
    }
}
