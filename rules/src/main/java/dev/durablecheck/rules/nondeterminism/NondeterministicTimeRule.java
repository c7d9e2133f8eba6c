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

    @Override
    String message(String sink) {
        return sink + " in orchestration code returns a different time on every replay, so code that depends on it can take another path; read the time inside a step, e.g. context.step(\"now\", Instant.class, s -> Instant.now()), and use its result";
    }
}
