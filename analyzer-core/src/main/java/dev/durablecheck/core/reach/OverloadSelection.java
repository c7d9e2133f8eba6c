package dev.durablecheck.core.reach;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import dev.durablecheck.core.catalog.ArgumentCompatibility;
import dev.durablecheck.core.resolve.ImportScope;
import dev.durablecheck.core.resolve.KnownTypes;

import java.util.List;

/**
 * Which of a project method's overloads with the right number of parameters a call can bind to,
 * by the types of its arguments: {@code shuffle(int[])} is not {@code shuffle(boolean[])}, and of
 * {@code join(List)} and {@code join(Object)} a list binds to the first, the most specific (JLS
 * 15.12.2.5). A parameter or argument whose type is not known (a type variable, an unresolved name,
 * a {@code null} literal) accepts anything, and when no overload accepts the call every one is
 * kept, so that an unknown type never hides a body the call may run.
 */
final class OverloadSelection {

    private final KnownTypes types;

    OverloadSelection(KnownTypes types) {
        this.types = types;
    }

    /**
     * @param arguments the call's argument types ({@code null} for one not known), or {@code null}
     *     when any overload may be meant (a method reference)
     */
    <T extends CallableDeclaration<?>> List<T> select(List<T> candidates, List<String> arguments) {
        if (candidates.size() < 2 || arguments == null) {
            return candidates;
        }
        List<T> accepting = candidates.stream().filter(c -> accepts(c, arguments)).toList();
        if (accepting.isEmpty()) {
            return candidates;
        }
        return accepting.stream()
                .filter(c -> accepting.stream().noneMatch(other -> other != c && isStrictlyMoreSpecific(other, c)))
                .toList();
    }

    /** Whether every parameter of {@code a} is known and can be passed to {@code b}, but not the other way round. */
    private boolean isStrictlyMoreSpecific(CallableDeclaration<?> a, CallableDeclaration<?> b) {
        List<String> parametersOfA = parameterTypes(a);
        return !parametersOfA.contains(null) && accepts(b, parametersOfA)
                && (parameterTypes(b).contains(null) || !accepts(a, parameterTypes(b)));
    }

    private List<String> parameterTypes(CallableDeclaration<?> callable) {
        ImportScope scope = types.scopeOf(callable.findCompilationUnit().orElseThrow());
        return callable.getParameters().stream().map(p -> scope.resolveType(p.getType()).orElse(null)).toList();
    }

    private boolean accepts(CallableDeclaration<?> callable, List<String> arguments) {
        List<Parameter> parameters = callable.getParameters();
        if (parameters.size() != arguments.size() || parameters.stream().anyMatch(Parameter::isVarArgs)) {
            return true;
        }
        ImportScope scope = types.scopeOf(callable.findCompilationUnit().orElseThrow());
        for (int i = 0; i < parameters.size(); i++) {
            String argument = arguments.get(i);
            String parameter = scope.resolveType(parameters.get(i).getType()).orElse(null);
            if (argument == null || parameter == null) {
                continue;
            }
            String element = ArgumentCompatibility.elementType(argument);
            List<String> ancestors = element.indexOf('.') < 0 ? null : types.ancestors(element);
            if (!ArgumentCompatibility.accepts(parameter, argument, ancestors)) {
                return false;
            }
        }
        return true;
    }
}
