package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.rules.Group;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports catch clauses in orchestration code that can swallow the SDK's suspension signal; see
 * {@code docs/rules/swallowed-suspension.md}. The SDK suspends an execution by throwing
 * {@code SuspendExecutionException}, an {@code Error}.
 */
public final class SwallowedSuspensionRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("swallowed-suspension", Severity.ERROR,
            "Catches of Throwable, Error or the SDK's suspension errors around durable operations that do not rethrow",
            Group.REPLAY_STRUCTURE);

    /** Catching these catches the runtime's suspension too, besides its own types (the model's). */
    private static final Set<String> BROAD = Set.of("java.lang.Throwable", "java.lang.Error");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context) {
        FileResolver resolver = context.resolver();
        Set<String> swallowing = new HashSet<>(BROAD);
        swallowing.addAll(context.model().suspensionTypes());
        for (CatchClause clause : Preorder.findAll(context.unit(), CatchClause.class)) {
            Optional<String> caught = swallowingType(clause, resolver, swallowing);
            if (caught.isEmpty() || context.regionOf(clause) != RegionKind.ORCHESTRATION
                    || Rethrows.rethrows(clause.getBody(), clause.getParameter(), swallowing::contains, context)) {
                continue;
            }
            Optional<MethodCallExpr> suspending = suspendingCall((TryStmt) clause.getParentNode().orElseThrow(), context);
            suspending.ifPresent(call -> context.report(clause, "catch of '" + caught.get() + "' around '"
                    + Snippet.of(call) + "' " + context.model().advice(DESCRIPTOR.id())));
        }
    }

    private static Optional<String> swallowingType(CatchClause clause, FileResolver resolver, Set<String> swallowing) {
        Type type = clause.getParameter().getType();
        List<Type> alternatives = type.isUnionType() ? List.copyOf(type.asUnionType().getElements()) : List.of(type);
        for (Type alternative : alternatives) {
            Optional<String> fqn = resolver.scope().resolveType(alternative);
            if (fqn.filter(swallowing::contains).isPresent()) {
                return Optional.of(alternative.asString());
            }
        }
        return Optional.empty();
    }

    /**
     * The first call in the try block, in its own orchestration code, that can suspend: a durable
     * operation, a wait on a durable future, or a call handing a durable context to a helper.
     */
    private static Optional<MethodCallExpr> suspendingCall(TryStmt tryStmt, RuleContext context) {
        FileResolver resolver = context.resolver();
        for (MethodCallExpr call : Preorder.findAll(tryStmt.getTryBlock(), MethodCallExpr.class)) {
            if (context.regionOf(call) != RegionKind.ORCHESTRATION || !sameBody(call, tryStmt, context)) {
                continue;
            }
            boolean suspends = resolver.durableCall(call).isPresent() || resolver.waitsForDurableResult(call)
                    || passesContext(call, resolver);
            if (suspends) {
                return Optional.of(call);
            }
        }
        return Optional.empty();
    }

    private static boolean passesContext(MethodCallExpr call, FileResolver resolver) {
        for (Expression argument : call.getArguments()) {
            if (resolver.typeOf(argument).filter(resolver::isDurableContext).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code call} runs as part of the code around the try, not inside a body given to an operation. */
    private static boolean sameBody(Node call, TryStmt tryStmt, RuleContext context) {
        return context.enclosingOperationBody(call).map(b -> b.contains(tryStmt)).orElse(true);
    }
}
