package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/**
 * Reports logging in orchestration code that is not replay-aware; see
 * {@code docs/rules/replay-unsafe-logging.md}. Logging inside {@code if (!ctx.isReplaying())} runs
 * only on the first execution and stays silent.
 */
public final class ReplayUnsafeLoggingRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("replay-unsafe-logging", Severity.WARNING,
            "Console output and logger calls in orchestration code, which repeat on every replay", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    String message(String sink) {
        return sink + " in orchestration code logs again on every replay, duplicating log lines; use "
                + "context.getLogger(), which suppresses replayed logs, or log inside a step";
    }

    @Override
    boolean isReported(MemberSite site, RuleContext context) {
        return !guardedByNotReplaying(site.node(), context.resolver());
    }

    /** Whether {@code node} lies in the then-branch of an {@code if} whose condition requires {@code !ctx.isReplaying()}. */
    private static boolean guardedByNotReplaying(Node node, FileResolver resolver) {
        Node child = node;
        for (Node n = node.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof IfStmt ifStmt && ifStmt.getThenStmt() == child
                    && requiresNotReplaying(ifStmt.getCondition(), resolver)) {
                return true;
            }
        }
        return false;
    }

    private static boolean requiresNotReplaying(Expression condition, FileResolver resolver) {
        if (condition instanceof EnclosedExpr enclosed) {
            return requiresNotReplaying(enclosed.getInner(), resolver);
        }
        if (condition instanceof BinaryExpr and && and.getOperator() == BinaryExpr.Operator.AND) {
            return requiresNotReplaying(and.getLeft(), resolver) || requiresNotReplaying(and.getRight(), resolver);
        }
        return condition instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && not.getExpression() instanceof MethodCallExpr call
                && call.getNameAsString().equals("isReplaying") && call.getArguments().isEmpty()
                && call.getScope().flatMap(resolver::typeOf).filter(resolver::isDurableContext).isPresent();
    }
}
