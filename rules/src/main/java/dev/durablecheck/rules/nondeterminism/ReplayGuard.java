package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.MemberAccesses;

import java.util.Optional;

/**
 * Whether code runs only when the durable context is not replaying: inside the branch of an
 * {@code if} or {@code ?:} that {@code ctx.isReplaying()} rules out (the then-branch of
 * {@code !ctx.isReplaying()}, the else-branch of {@code ctx.isReplaying()}), after
 * {@code if (ctx.isReplaying()) return ...;}, and through a final or effectively final local that
 * holds such a condition ({@code boolean firstPass = !ctx.isReplaying();}).
 */
final class ReplayGuard {

    private ReplayGuard() {
    }

    /** Whether {@code node} runs only on the first, not replaying, execution. */
    static boolean onlyWhenNotReplaying(Node node, FileResolver resolver) {
        Node child = node;
        for (Node n = node.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof IfStmt ifStmt && ifStmt.getCondition() != child
                    && rulesOutReplay(ifStmt.getCondition(), ifStmt.getThenStmt() == child, resolver)) {
                return true;
            }
            if (n instanceof ConditionalExpr conditional && conditional.getCondition() != child
                    && rulesOutReplay(conditional.getCondition(), conditional.getThenExpr() == child, resolver)) {
                return true;
            }
            if (n instanceof BlockStmt block && child instanceof Statement statement && afterReplayExit(block, statement, resolver)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code condition} having the value {@code holds} means the context is not replaying. */
    private static boolean rulesOutReplay(Expression condition, boolean holds, FileResolver resolver) {
        return replayingWhen(condition, holds, resolver).filter(replaying -> !replaying).isPresent();
    }

    /** An earlier statement of the block leaves it whenever the context is replaying. */
    private static boolean afterReplayExit(BlockStmt block, Statement statement, FileResolver resolver) {
        for (Statement earlier : block.getStatements()) {
            if (earlier == statement) {
                return false;
            }
            if (earlier instanceof IfStmt exit && exit.getElseStmt().isEmpty() && alwaysLeaves(exit.getThenStmt())
                    && rulesOutReplay(exit.getCondition(), false, resolver)) {
                return true;
            }
        }
        return false;
    }

    private static boolean alwaysLeaves(Statement statement) {
        if (statement instanceof BlockStmt block) {
            return !block.getStatements().isEmpty() && alwaysLeaves(block.getStatements().getLast().orElseThrow());
        }
        return statement instanceof ReturnStmt || statement instanceof ThrowStmt;
    }

    /**
     * What {@code condition} having the value {@code holds} says of {@code ctx.isReplaying()}: true
     * or false when it decides it, empty when it does not.
     */
    private static Optional<Boolean> replayingWhen(Expression condition, boolean holds, FileResolver resolver) {
        if (condition instanceof EnclosedExpr enclosed) {
            return replayingWhen(enclosed.getInner(), holds, resolver);
        }
        if (condition instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return replayingWhen(not.getExpression(), !holds, resolver);
        }
        if (condition instanceof BinaryExpr binary) {
            // a && b holding means both hold; a || b failing means both fail; the other cases decide nothing.
            boolean both = (binary.getOperator() == BinaryExpr.Operator.AND && holds)
                    || (binary.getOperator() == BinaryExpr.Operator.OR && !holds);
            return both ? replayingWhen(binary.getLeft(), holds, resolver).or(() -> replayingWhen(binary.getRight(), holds, resolver))
                    : Optional.empty();
        }
        if (condition instanceof MethodCallExpr call && resolver.isReplayGuard(call)) {
            return Optional.of(holds);
        }
        if (condition instanceof NameExpr name) {
            return constantLocal(name, resolver).flatMap(initializer -> replayingWhen(initializer, holds, resolver));
        }
        return Optional.empty();
    }

    /** The initializer of a local that is never assigned again, which the name therefore stands for. */
    private static Optional<Expression> constantLocal(NameExpr name, FileResolver resolver) {
        Optional<Binding> binding = resolver.bindingOf(name);
        if (binding.isEmpty() || !(binding.get() instanceof Binding.Local local)
                || !(local.declaration() instanceof VariableDeclarator declarator) || local.initializer() == null) {
            return Optional.empty();
        }
        boolean isFinal = declarator.getParentNode().filter(VariableDeclarationExpr.class::isInstance)
                .map(d -> ((VariableDeclarationExpr) d).isFinal()).orElse(false);
        return isFinal || neverAssigned(declarator, resolver) ? Optional.of(local.initializer()) : Optional.empty();
    }

    private static boolean neverAssigned(VariableDeclarator declarator, FileResolver resolver) {
        Optional<Node> scope = declarator.findAncestor(BlockStmt.class).map(Node.class::cast);
        return scope.isPresent() && Preorder.findAll(scope.get(), NameExpr.class, use -> use.getNameAsString().equals(declarator.getNameAsString())
                        && MemberAccesses.isWritten(use)
                        && resolver.bindingOf(use).filter(b -> b instanceof Binding.Local l && l.declaration() == declarator).isPresent())
                .isEmpty();
    }
}
