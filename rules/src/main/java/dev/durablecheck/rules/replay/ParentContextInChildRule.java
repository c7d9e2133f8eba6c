package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.rules.Group;

import java.util.Optional;

/**
 * Reports operations that a child-context, map, parallel-branch or withRetry body runs on a
 * context captured from an enclosing scope; see {@code docs/rules/parent-context-in-child.md}.
 */
public final class ParentContextInChildRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("parent-context-in-child", Severity.ERROR,
            "Operations inside a child-context, map, branch or withRetry body on an enclosing context",
            Group.REPLAY_STRUCTURE);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context) {
        for (DurableCall operation : context.durableCalls()) {
            if (context.regionOf(operation.call()) != RegionKind.ORCHESTRATION
                    || !(operation.call().getScope().orElse(null) instanceof NameExpr receiver)
                    || context.resolver().typeOf(receiver).filter(context.resolver()::isDurableContext).isEmpty()) {
                continue;
            }
            Optional<OperationBodyRegion> child = context.enclosingOperationBody(operation.call())
                    .filter(b -> b.spec().kind() == BodyKind.CHILD);
            Optional<Binding> binding = context.resolver().bindingOf(receiver);
            if (child.isEmpty() || binding.isEmpty() || !isOutside(binding.get(), child.get())) {
                continue;
            }
            String own = ownContextName(child.get()).map(n -> "its own context '" + n + "'").orElse("its own context parameter");
            context.report(operation.call(), "'" + Snippet.of(operation.call()) + "' runs on '" + receiver.getNameAsString()
                    + "', a context from an enclosing scope, inside the body of " + StepNames.of(child.get())
                    + "; operation ids come from a per-context counter, so using the outer context here interleaves "
                    + "ids in an order that replay may not reproduce; use " + own);
        }
    }

    private static boolean isOutside(Binding binding, OperationBodyRegion child) {
        if (binding instanceof Binding.Field field) {
            return field.source().map(d -> !child.contains(d)).orElse(true);
        }
        return !child.contains(((Binding.Local) binding).declaration());
    }

    private static Optional<String> ownContextName(OperationBodyRegion child) {
        if (child.body() instanceof LambdaExpr lambda && child.spec().contextParameter() < lambda.getParameters().size()) {
            Parameter p = lambda.getParameter(child.spec().contextParameter());
            return Optional.of(p.getNameAsString());
        }
        return Optional.empty();
    }
}
