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

    @Override
    String message(String sink) {
        return sink + " in orchestration code reads the environment, which can differ when a replay runs later or in another container; read it inside a step so that replay returns the recorded value";
    }
}
