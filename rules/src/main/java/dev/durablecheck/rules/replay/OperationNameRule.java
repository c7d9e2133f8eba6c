package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.expr.Expression;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;

import java.util.Optional;

/**
 * The two name rules: each reports the name arguments whose provenance has its stability. Names
 * of operations inside step bodies are left to {@code nested-durable-operation}.
 */
abstract class OperationNameRule implements Rule {

    private final RuleDescriptor descriptor;
    private final Provenance.Stability reported;

    OperationNameRule(RuleDescriptor descriptor, Provenance.Stability reported) {
        this.descriptor = descriptor;
        this.reported = reported;
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final void check(RuleContext context) {
        NameProvenance provenance = new NameProvenance(context);
        for (DurableCall operation : context.durableCalls()) {
            Optional<Expression> name = operation.nameArgument();
            if (name.isEmpty() || context.regionOf(operation.call()) == RegionKind.STEP_BODY) {
                continue;
            }
            Provenance p = provenance.of(name.get());
            if (p.stability() == reported) {
                context.report(name.get(), message(StepNames.of(operation), p.describedSource()), p.chain());
            }
        }
    }

    /** What the finding says, given the operation as {@code step "charge"} and the source that decides. */
    abstract String message(String operation, String reason);
}
