package dev.durablecheck.core;

import dev.durablecheck.core.rule.RuleDescriptor;

/** The built-in id under which files that cannot be read or parsed are reported. */
public final class ParseErrors {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("parse-error", Severity.ERROR,
            "A file that could not be read or parsed, so it was not analysed", "Built-in");

    private ParseErrors() {
    }
}
