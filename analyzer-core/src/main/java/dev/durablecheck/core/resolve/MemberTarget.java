package dev.durablecheck.core.resolve;

import java.util.List;

/**
 * The member a call, object creation or field access refers to, as far as resolution could tell.
 *
 * @param owner fully qualified static type of the receiver, or the type named in a static access
 * @param name method or field name; {@code <init>} for constructors
 * @param argumentTypes static types of the arguments, an entry {@code null} where unknown;
 *     empty for fields
 * @param isStatic whether the access is through a type name rather than a value
 */
public record MemberTarget(Kind kind, String owner, String name, List<String> argumentTypes, boolean isStatic) {

    /** What kind of member is accessed. */
    public enum Kind { METHOD, CONSTRUCTOR, FIELD }

    public static final String CONSTRUCTOR_NAME = "<init>";
}
