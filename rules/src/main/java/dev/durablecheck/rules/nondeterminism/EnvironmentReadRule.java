package dev.durablecheck.rules.nondeterminism;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/** Reports reads of the process environment in orchestration code; see {@code docs/rules/environment-read.md}. */
public final class EnvironmentReadRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("environment-read", Severity.WARNING,
            "Reads of the environment, system properties, host or invocation in orchestration code", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

}
