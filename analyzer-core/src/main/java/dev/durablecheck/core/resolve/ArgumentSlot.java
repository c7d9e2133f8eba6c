package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.util.Optional;

/**
 * The call argument an expression is passed as, looking through parentheses, casts and the arms
 * of a conditional: in {@code ctx.step("a", T.class, (Function<StepContext, T>) s -> ...)} the
 * lambda is argument 2 of {@code step}.
 */
public record ArgumentSlot(MethodCallExpr call, int index) {

    public static Optional<ArgumentSlot> of(Node expression) {
        Node value = expression;
        Node parent = value.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr
                || (parent instanceof ConditionalExpr c && c.getCondition() != value)) {
            value = parent;
            parent = value.getParentNode().orElse(null);
        }
        if (!(parent instanceof MethodCallExpr call)) {
            return Optional.empty();
        }
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (call.getArgument(i) == value) {
                return Optional.of(new ArgumentSlot(call, i));
            }
        }
        return Optional.empty();
    }
}
