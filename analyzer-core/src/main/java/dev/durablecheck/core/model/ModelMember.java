package dev.durablecheck.core.model;

/**
 * A runtime member that is not an operation but whose result type the analysis needs, such as
 * {@code DurableContext.getLogger()}.
 *
 * @param returns fully qualified return type, or {@code null} when it is a type argument
 */
public record ModelMember(String receiver, String method, boolean isStatic, String returns) {
}
