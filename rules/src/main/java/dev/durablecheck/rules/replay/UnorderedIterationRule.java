package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.rules.Group;

import java.util.Optional;

/**
 * Reports durable operations started while iterating an unordered collection, and unordered
 * collections given to {@code map}; see {@code docs/rules/unordered-iteration.md}.
 */
public final class UnorderedIterationRule implements Rule {

    /** The advice for an unordered collection given as a map operation's items, which the profile words apart. */
    private static final String ITEMS_ADVICE = "unordered-iteration-items";

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("unordered-iteration", Severity.ERROR,
            "Durable operations started while iterating a collection whose order can change between runs",
            Group.REPLAY_STRUCTURE);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context) {
        UnorderedCollections collections = new UnorderedCollections(context, context.resolver());
        for (DurableCall operation : context.durableCalls()) {
            if (context.regionOf(operation.call()) != RegionKind.ORCHESTRATION) {
                continue;
            }
            int items = operation.operation().itemsArgument();
            if (items >= 0 && items < operation.call().getArguments().size()) {
                Expression collection = operation.call().getArgument(items);
                collections.unordered(collection).ifPresent(why -> context.report(operation.call(),
                        "'" + Snippet.of(collection) + "', " + why + ", is given to " + StepNames.of(operation)
                                + "; " + context.model().advice(ITEMS_ADVICE)));
            }
            enclosingUnorderedIteration(operation.call(), collections, context).ifPresent(iterated ->
                    context.report(operation.call(), "'" + Snippet.of(operation.call()) + "' starts a durable "
                            + "operation while iterating '" + Snippet.of(iterated.collection()) + "', "
                            + iterated.why() + ", " + context.model().advice(DESCRIPTOR.id())));
        }
    }

    private record Iteration(Expression collection, String why) {
    }

    /** Whether {@code n} is the body of an operation: code in it runs on the body's own context. */
    private static boolean isOperationBody(Node n, Node child, RuleContext context) {
        return context.enclosingOperationBody(child).filter(b -> b.body() == n).isPresent();
    }

    /** The nearest unordered loop or per-element lambda around {@code call} within the same context. */
    private static Optional<Iteration> enclosingUnorderedIteration(Node call, UnorderedCollections collections,
                                                                   RuleContext context) {
        Node child = call;
        for (Node n = call.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> || isOperationBody(n, child, context)) {
                return Optional.empty();
            }
            boolean inLoopBody = !(n instanceof ForEachStmt loop) || loop.getIterable() != child;
            Optional<Expression> iterated = inLoopBody ? UnorderedCollections.iteratedBy(n) : Optional.empty();
            if (iterated.isPresent()) {
                Optional<String> why = collections.unordered(iterated.get());
                if (why.isPresent()) {
                    return Optional.of(new Iteration(iterated.get(), why.get()));
                }
            }
        }
        return Optional.empty();
    }
}
