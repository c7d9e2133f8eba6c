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

    @Override
    String message(String sink) {
        return sink + " in orchestration code creates a new id on every replay, so anything keyed by it no longer matches; create it inside a step, e.g. context.step(\"new-id\", String.class, s -> UUID.randomUUID().toString())";
    }
}
