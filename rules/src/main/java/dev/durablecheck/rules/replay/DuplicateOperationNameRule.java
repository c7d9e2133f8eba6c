package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.rules.Group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports operations that share a constant name on one context within one method or lambda, and
 * constant-named operations inside loops; see {@code docs/rules/duplicate-operation-name.md}.
 */
public final class DuplicateOperationNameRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("duplicate-operation-name", Severity.WARNING,
            "The same constant operation name twice on one context, or a constant name inside a loop",
            Group.REPLAY_STRUCTURE);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context) {
        Map<Key, List<DurableCall>> groups = new LinkedHashMap<>();
        for (DurableCall operation : context.durableCalls()) {
            Optional<String> name = operation.nameArgument().flatMap(n -> ConstantNames.valueOf(n, context.resolver()));
            // Some names are meant to recur: Temporal's getVersion change id marks one change at every use.
            if (name.isEmpty() || !operation.operation().distinctNames()) {
                continue;
            }
            Optional<Node> loop = enclosingLoop(operation.call());
            if (loop.isPresent()) {
                context.report(operation.call(), "'" + Snippet.of(operation.call()) + "' runs inside a loop with the "
                        + "constant name \"" + name.get() + "\", so every iteration's operation has the same name and "
                        + "the execution history and tests that look operations up by name cannot tell them apart; "
                        + "include the loop variable in the name, e.g. \"" + name.get() + "-\" + i");
                continue;
            }
            Key key = new Key(boundary(operation.call()), receiverIdentity(operation, context), name.get());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(operation);
        }
        for (List<DurableCall> same : groups.values()) {
            for (int later = 1; later < same.size(); later++) {
                for (int earlier = 0; earlier < later; earlier++) {
                    if (!exclusive(same.get(earlier).call(), same.get(later).call())) {
                        reportDuplicate(context, same.get(earlier), same.get(later));
                        break;
                    }
                }
            }
        }
    }

    private static void reportDuplicate(RuleContext context, DurableCall first, DurableCall again) {
        int line = first.call().getBegin().map(p -> p.line).orElse(0);
        context.report(again.call(), "'" + Snippet.of(again.call()) + "' reuses the name "
                + Snippet.of(again.nameArgument().orElseThrow()) + " of the operation at line " + line
                + " on the same context; operations are matched by position, so replay still works, but the "
                + "execution history and tests that look operations up by name cannot tell them apart; give each "
                + "operation its own name");
    }

    /** Operations are grouped per method or lambda, per receiver and per name value. */
    private record Key(Node boundary, Object receiver, String name) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.boundary == boundary && k.receiver == receiver && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(boundary) * 31 + System.identityHashCode(receiver) * 17 + name.hashCode();
        }
    }

    /**
     * The declaration the receiver names, so that two uses of one variable compare equal; for other
     * receivers their text, interned so that equal texts are one object.
     */
    private static Object receiverIdentity(DurableCall operation, RuleContext context) {
        Expression receiver = operation.call().getScope().orElseThrow();
        if (receiver instanceof NameExpr name) {
            Optional<Binding> binding = context.resolver().bindingOf(name);
            if (binding.isPresent()) {
                Node declaration = binding.get() instanceof Binding.Local local
                        ? local.declaration()
                        : ((Binding.Field) binding.get()).declarator();
                if (declaration != null) {
                    return declaration;
                }
            }
        }
        return Snippet.of(receiver).intern();
    }

    private static Node boundary(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof CallableDeclaration<?>) {
                return n;
            }
        }
        return node.findRootNode();
    }

    /** A loop around {@code call} inside its own method or lambda; a lambda given to forEach is a loop body. */
    private static Optional<Node> enclosingLoop(MethodCallExpr call) {
        for (Node n = call.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt) {
                return Optional.of(n);
            }
            if (n instanceof LambdaExpr lambda) {
                boolean forEachBody = lambda.getParentNode().orElse(null) instanceof MethodCallExpr c
                        && c.getNameAsString().equals("forEach");
                return forEachBody ? Optional.of(n) : Optional.empty();
            }
            if (n instanceof CallableDeclaration<?>) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether two operations can never both run: different arms of one branch, or the first one's path returns. */
    private static boolean exclusive(Node first, Node second) {
        Node common = lowestCommonAncestor(first, second);
        Node firstArm = childOnPath(common, first);
        Node secondArm = childOnPath(common, second);
        if (common instanceof IfStmt || common instanceof ConditionalExpr) {
            return firstArm != secondArm && !isCondition(common, firstArm) && !isCondition(common, secondArm);
        }
        if (firstArm instanceof SwitchEntry && secondArm instanceof SwitchEntry) {
            return firstArm != secondArm;
        }
        for (Node n = first; n != null && n != common; n = n.getParentNode().orElse(null)) {
            if (n instanceof ReturnStmt || n instanceof ThrowStmt || endsByLeaving(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCondition(Node branch, Node arm) {
        return (branch instanceof IfStmt i && i.getCondition() == arm)
                || (branch instanceof ConditionalExpr c && c.getCondition() == arm);
    }

    private static boolean endsByLeaving(Node n) {
        if (!(n instanceof BlockStmt block) || block.getStatements().isEmpty()) {
            return false;
        }
        Statement last = block.getStatement(block.getStatements().size() - 1);
        return last instanceof ReturnStmt || last instanceof ThrowStmt;
    }

    private static Node lowestCommonAncestor(Node a, Node b) {
        for (Node n = a; n != null; n = n.getParentNode().orElse(null)) {
            if (n == b || n.isAncestorOf(b)) {
                return n;
            }
        }
        return a.findRootNode();
    }

    private static Node childOnPath(Node ancestor, Node descendant) {
        Node child = descendant;
        for (Node n = descendant.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n == ancestor) {
                return child;
            }
        }
        return descendant;
    }
}
