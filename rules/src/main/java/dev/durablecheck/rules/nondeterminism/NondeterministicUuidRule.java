package dev.durablecheck.rules.nondeterminism;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/** Reports random UUIDs created in orchestration code; see {@code docs/rules/nondeterministic-uuid.md}. */
public final class NondeterministicUuidRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("nondeterministic-uuid", Severity.ERROR,
            "Random UUIDs created in orchestration code, which differ on every replay", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

}
