package dev.durablecheck.rules.nondeterminism;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/** Reports blocking waits in orchestration code; see {@code docs/rules/blocking-sleep.md}. */
public final class BlockingSleepRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("blocking-sleep", Severity.ERROR,
            "Thread sleeps, parks and monitor waits in orchestration code", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

}
