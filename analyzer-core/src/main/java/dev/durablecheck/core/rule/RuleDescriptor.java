package dev.durablecheck.core.rule;

import dev.durablecheck.core.Severity;

import java.util.regex.Pattern;

/**
 * Who a rule is: the stable id used in output, suppressions and configuration, its default
 * severity, a one-line summary without a trailing period, and the group of the catalog it
 * belongs to.
 */
public record RuleDescriptor(String id, Severity severity, String summary, String group) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleDescriptor {
        if (!KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: '" + id + "'");
        }
        if (summary.isBlank() || summary.endsWith(".")) {
            throw new IllegalArgumentException("rule summary must be one line without a trailing period: " + id);
        }
    }
}
