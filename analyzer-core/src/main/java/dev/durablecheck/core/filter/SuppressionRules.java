package dev.durablecheck.core.filter;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleDescriptor;

/** The built-in ids under which malformed suppressions are reported. */
public final class SuppressionRules {

    public static final RuleDescriptor UNKNOWN_SUPPRESSION = new RuleDescriptor("unknown-suppression", Severity.WARNING,
            "A suppression that names a rule id durable-check does not have, so it suppresses nothing", "Built-in");

    public static final RuleDescriptor SUPPRESSION_WITHOUT_REASON = new RuleDescriptor("suppression-without-reason",
            Severity.NOTE, "A durable-check:ignore comment that does not say why the finding is acceptable", "Built-in");

    private SuppressionRules() {
    }
}
