package dev.durablecheck.rules.nondeterminism;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/** Reports I/O in orchestration code; see {@code docs/rules/side-effect-outside-step.md}. */
public final class SideEffectOutsideStepRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("side-effect-outside-step", Severity.ERROR,
            "File, network, database, process and AWS SDK calls in orchestration code, which repeat on every replay", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

}
