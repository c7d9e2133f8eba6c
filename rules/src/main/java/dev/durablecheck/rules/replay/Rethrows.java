package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.rule.RuleContext;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a catch handler throws the caught throwable again, in the ways code writes it: the
 * parameter itself, the parameter cast ({@code throw (Error) t}), a pattern variable bound from it
 * as a type that covers the suspension ({@code if (t instanceof SuspendExecutionException s) throw s;}),
 * or a call passing it to a project method that does one of these with its parameter
 * ({@code rethrowIfSuspension(t)}).
 */
final class Rethrows {

    /** How many helpers deep a rethrow is looked for: a helper that hands the throwable on once more. */
    private static final int HELPER_DEPTH = 2;

    private Rethrows() {
    }

    /**
     * @param body where the throwable is in scope: a catch clause's body or a helper method's
     * @param thrown the throwable's declaration: the catch parameter or the helper's parameter
     * @param coversSuspension whether a type a pattern binds the throwable as includes the suspension
     */
    static boolean rethrows(Node body, Parameter thrown, Predicate<String> coversSuspension, RuleContext context) {
        return rethrows(body, thrown, coversSuspension, context, HELPER_DEPTH);
    }

    private static boolean rethrows(Node body, Parameter thrown, Predicate<String> coversSuspension, RuleContext context,
                                    int helpers) {
        FileResolver resolver = context.resolverOf(body.findCompilationUnit().orElseThrow());
        for (ThrowStmt throwStmt : Preorder.findAll(body, ThrowStmt.class)) {
            if (isTheThrowable(throwStmt.getExpression(), thrown, coversSuspension, resolver)) {
                return true;
            }
        }
        if (helpers == 0) {
            return false;
        }
        for (MethodCallExpr call : Preorder.findAll(body, MethodCallExpr.class)) {
            for (int i = 0; i < call.getArguments().size(); i++) {
                if (refersTo(call.getArgument(i), thrown, resolver)) {
                    Optional<MethodDeclaration> helper = helper(call, resolver);
                    if (helper.isPresent() && helper.get().getBody().isPresent() && i < helper.get().getParameters().size()
                            && rethrows(helper.get().getBody().get(), helper.get().getParameter(i), coversSuspension,
                            context, helpers - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The parameter itself, cast or in parentheses, or a pattern variable bound from it as a type covering the suspension. */
    private static boolean isTheThrowable(Expression expression, Parameter thrown, Predicate<String> coversSuspension,
                                          FileResolver resolver) {
        Expression inner = unwrap(expression);
        if (refersTo(inner, thrown, resolver)) {
            return true;
        }
        if (!(inner instanceof NameExpr name)) {
            return false;
        }
        Optional<Binding> binding = resolver.bindingOf(name);
        return binding.isPresent() && binding.get() instanceof Binding.Local local
                && local.declaration() instanceof TypePatternExpr pattern
                && boundFrom(pattern, thrown, resolver)
                && resolver.scope().resolveType(pattern.getType()).filter(coversSuspension).isPresent();
    }

    /** Whether the pattern tests the throwable itself: {@code t instanceof X s}. */
    private static boolean boundFrom(TypePatternExpr pattern, Parameter thrown, FileResolver resolver) {
        Node parent = pattern.getParentNode().orElse(null);
        while (parent instanceof PatternExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        return parent instanceof InstanceOfExpr test && refersTo(unwrap(test.getExpression()), thrown, resolver);
    }

    private static boolean refersTo(Expression expression, Parameter thrown, FileResolver resolver) {
        return unwrap(expression) instanceof NameExpr name && name.getNameAsString().equals(thrown.getNameAsString())
                && resolver.bindingOf(name).filter(b -> b instanceof Binding.Local local && local.declaration() == thrown).isPresent();
    }

    private static Expression unwrap(Expression expression) {
        Expression e = expression;
        while (e instanceof CastExpr || e instanceof EnclosedExpr) {
            e = e instanceof CastExpr cast ? cast.getExpression() : ((EnclosedExpr) e).getInner();
        }
        return e;
    }

    /** The project method a call runs, when there is exactly one it can be. */
    private static Optional<MethodDeclaration> helper(MethodCallExpr call, FileResolver resolver) {
        Optional<MemberTarget> target = resolver.targetOf(call);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = resolver.types().sourceDeclaration(target.get().owner());
        return owner.flatMap(type -> {
            var candidates = type.getMethodsByName(call.getNameAsString()).stream()
                    .filter(m -> m.getParameters().size() == call.getArguments().size()).toList();
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        });
    }
}
