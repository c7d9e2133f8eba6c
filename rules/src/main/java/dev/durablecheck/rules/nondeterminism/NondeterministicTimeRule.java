package dev.durablecheck.rules.nondeterminism;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/** Reports clock reads in orchestration code; see {@code docs/rules/nondeterministic-time.md}. */
public final class NondeterministicTimeRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("nondeterministic-time", Severity.ERROR,
            "Clock reads in orchestration code, which return a different time on every replay", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

}
