package dev.durablecheck.core.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable digest of one type, whether it comes from the analysed sources, a jar, the JDK or
 * the runtime profile. Shared between worker threads.
 *
 * @param supertypes direct supertypes, fully qualified, as far as they could be resolved
 */
public record TypeSummary(String fqn, boolean isInterface, List<String> supertypes,
                          Map<String, List<MethodSummary>> methods, Map<String, FieldSummary> fields) {

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
