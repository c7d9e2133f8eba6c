package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;

import java.util.Optional;

/**
 * What a body captures from outside: the variable at the root of an access path
 * ({@code summary} in {@code summary.lines.add(x)}) and whether it was declared outside the body.
 */
final class Captures {

    private Captures() {
    }

    /** The name or {@code this} an access path starts from, if it starts from one. */
    static Optional<Expression> root(Expression expression) {
        Expression e = expression;
        while (true) {
            if (e instanceof NameExpr || e instanceof ThisExpr) {
                return Optional.of(e);
            } else if (e instanceof FieldAccessExpr f) {
                e = f.getScope();
            } else if (e instanceof ArrayAccessExpr a) {
                e = a.getName();
            } else if (e instanceof EnclosedExpr enclosed) {
                e = enclosed.getInner();
            } else if (e instanceof CastExpr cast) {
                e = cast.getExpression();
            } else if (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
                e = call.getScope().get();
            } else {
                return Optional.empty();
            }
        }
    }

    /**
     * Whether the root of an access path outlives {@code body}: a field, a static reached through a
     * type name, the enclosing instance, or a local declared outside the body.
     */
    static boolean isCaptured(Expression root, OperationBodyRegion body, FileResolver resolver) {
        if (root instanceof ThisExpr self) {
            // Inside an anonymous body class, unqualified this is the body object itself.
            return self.getTypeName().isPresent() || !(body.body() instanceof com.github.javaparser.ast.expr.ObjectCreationExpr);
        }
        NameExpr name = (NameExpr) root;
        Optional<Binding> binding = resolver.bindingOf(name);
        if (binding.isEmpty()) {
            return resolver.typeNameOf(name).isPresent();
        }
        if (binding.get() instanceof Binding.Field field) {
            return field.source().map(d -> !body.contains(d)).orElse(true);
        }
        return !body.contains(((Binding.Local) binding.get()).declaration());
    }
}
