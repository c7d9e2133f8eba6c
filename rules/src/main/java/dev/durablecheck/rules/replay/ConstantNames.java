package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;

import java.util.Optional;

/**
 * The compile-time value of an operation name, when it has one: a string literal, a
 * concatenation of literals, or a {@code static final} String constant with such an initialiser.
 */
final class ConstantNames {

    private ConstantNames() {
    }

    static Optional<String> valueOf(Expression e, FileResolver resolver) {
        return valueOf(e, resolver, 0);
    }

    private static Optional<String> valueOf(Expression e, FileResolver resolver, int depth) {
        if (depth > 10) {
            return Optional.empty();
        }
        if (e instanceof StringLiteralExpr literal) {
            return Optional.of(literal.asString());
        }
        if (e instanceof EnclosedExpr enclosed) {
            return valueOf(enclosed.getInner(), resolver, depth + 1);
        }
        if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = valueOf(binary.getLeft(), resolver, depth + 1);
            Optional<String> right = valueOf(binary.getRight(), resolver, depth + 1);
            return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            return resolver.fieldOf(e)
                    .filter(f -> f.summary().isStatic() && f.summary().isFinal())
                    .flatMap(Binding.Field::source)
                    .flatMap(VariableDeclarator::getInitializer)
                    .flatMap(init -> valueOf(init, resolver, depth + 1));
        }
        return Optional.empty();
    }
}
