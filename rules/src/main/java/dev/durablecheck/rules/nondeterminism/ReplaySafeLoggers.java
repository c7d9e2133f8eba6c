package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;

import java.util.Optional;

/**
 * Loggers that the runtime keeps quiet on replay although their type is an ordinary one: Temporal's
 * {@code Workflow.getLogger(...)} returns an SLF4J {@code Logger}. A logging call is on such a
 * logger when its receiver is that call, or a field or local variable initialised with it.
 */
final class ReplaySafeLoggers {

    private ReplaySafeLoggers() {
    }

    static boolean isOnReplaySafeLogger(Node loggingCall, FileResolver resolver) {
        if (!(loggingCall instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return false;
        }
        return origin(call.getScope().get(), resolver)
                .filter(o -> o instanceof MethodCallExpr made && resolver.makesReplaySafeLogger(made))
                .isPresent();
    }

    /** The expression a logger came from: itself when it is a call, else its variable's initialiser. */
    private static Optional<Expression> origin(Expression logger, FileResolver resolver) {
        if (logger instanceof MethodCallExpr) {
            return Optional.of(logger);
        }
        if (!(logger instanceof NameExpr name)) {
            return Optional.empty();
        }
        Optional<Binding> binding = resolver.bindingOf(name);
        if (binding.isPresent() && binding.get() instanceof Binding.Local local) {
            return Optional.ofNullable(local.initializer());
        }
        if (binding.isPresent() && binding.get() instanceof Binding.Field field) {
            return field.source().flatMap(VariableDeclarator::getInitializer);
        }
        return Optional.empty();
    }
}
