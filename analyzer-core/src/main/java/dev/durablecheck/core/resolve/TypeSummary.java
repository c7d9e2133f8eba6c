package dev.durablecheck.core.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable digest of one type, whether it comes from the analysed sources, a jar, the JDK or
 * the runtime profile. Shared between worker threads.
 *
 * @param supertypes direct supertypes, fully qualified, as far as they could be resolved
 * @param annotations the type's annotations, fully qualified, as far as they could be resolved
 *     (read from sources and classpath jars, not from the JDK: a runtime's profile asks about those
 *     a project writes)
 * @param methodAnnotations per method with annotations, {@code name/arity}, its annotations
 */
public record TypeSummary(String fqn, boolean isInterface, List<String> supertypes,
                          Map<String, List<MethodSummary>> methods, Map<String, FieldSummary> fields,
                          Set<String> annotations, Map<String, Set<String>> methodAnnotations) {

    /** A type whose annotations are not read. */
    public TypeSummary(String fqn, boolean isInterface, List<String> supertypes,
                       Map<String, List<MethodSummary>> methods, Map<String, FieldSummary> fields) {
        this(fqn, isInterface, supertypes, methods, fields, Set.of(), Map.of());
    }

    /** The annotations of the method {@code name} with {@code arity} parameters declared here. */
    public Set<String> annotationsOf(String name, int arity) {
        return methodAnnotations.getOrDefault(name + "/" + arity, Set.of());
    }

    /** The methods declared here with this name that accept {@code arguments} arguments. */
    public List<MethodSummary> methods(String name, int arguments) {
        return methods.getOrDefault(name, List.of()).stream().filter(m -> m.accepts(arguments)).toList();
    }

    public boolean declaresMethod(String name) {
        return methods.containsKey(name);
    }

    public Optional<FieldSummary> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
