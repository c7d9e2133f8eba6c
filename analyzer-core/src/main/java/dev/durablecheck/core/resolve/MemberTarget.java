package dev.durablecheck.core.resolve;

import java.util.List;

/**
 * The member a call, object creation, field access or field write refers to, as far as resolution
 * could tell.
 *
 * @param owner fully qualified static type of the receiver, or the type named in a static access
 * @param name method or field name; {@code <init>} for constructors
 * @param argumentTypes static types of the arguments, an entry {@code null} where unknown;
 *     empty for fields
 * @param isStatic whether the access is through a type name rather than a value
 */
public record MemberTarget(Kind kind, String owner, String name, List<String> argumentTypes, boolean isStatic) {

    /**
     * What kind of member is accessed, and how: {@code FIELD} reads a field, {@code FIELD_WRITE}
     * assigns it or applies {@code ++}/{@code --} to it, {@code METHOD_REFERENCE} names a method in
     * {@code Type::name} or {@code value::name}, whose overload (and so argument count) is unknown.
     */
    public enum Kind { METHOD, CONSTRUCTOR, FIELD, FIELD_WRITE, METHOD_REFERENCE }

    public static final String CONSTRUCTOR_NAME = "<init>";
}
