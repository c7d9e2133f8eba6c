package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.rules.Group;

import java.util.Optional;

/**
 * Reports durable operations, and waits on durable futures, inside step bodies; see
 * {@code docs/rules/nested-durable-operation.md}.
 */
public final class NestedDurableOperationRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("nested-durable-operation", Severity.ERROR,
            "Durable operations and durable-future waits inside a step body", Group.REPLAY_STRUCTURE);

    /** The advice for an operation inside an activity, which the profile words apart from one inside a step. */
    private static final String IN_ACTIVITY = "nested-durable-operation-activity";

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context) {
        for (DurableCall operation : context.durableCalls()) {
            if (isRunOnce(context.regionOf(operation.call()))) {
                report(context, operation.call(), "starts the durable operation " + StepNames.of(operation));
            }
        }
        Preorder.findAll(context.unit(), MethodCallExpr.class, context.resolver()::waitsForDurableResult).forEach(call -> {
            if (isRunOnce(context.regionOf(call))) {
                report(context, call, "waits for a durable operation's result");
            }
        });
    }

    /** A step body, or an activity: code the runtime runs once and never replays. */
    private static boolean isRunOnce(RegionKind region) {
        return region == RegionKind.STEP_BODY || region == RegionKind.ACTIVITY;
    }

    private static void report(RuleContext context, MethodCallExpr call, String what) {
        if (context.regionOf(call) == RegionKind.ACTIVITY) {
            context.report(call, "'" + Snippet.of(call) + "' " + what + " inside an activity; "
                    + context.model().advice(IN_ACTIVITY));
            return;
        }
        Optional<OperationBodyRegion> step = context.enclosingOperationBody(call)
                .filter(b -> b.spec().kind() == BodyKind.STEP);
        String inside = step.map(s -> "the body of " + StepNames.of(s)).orElse("a step body");
        context.report(call, "'" + Snippet.of(call) + "' " + what + " inside " + inside + "; "
                + context.model().advice(DESCRIPTOR.id()));
    }
}
