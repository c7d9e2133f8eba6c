package dev.durablecheck.core.catalog;

import java.util.Optional;

/**
 * One pattern of the API catalog with what it means: a sink of a rule, or a member declared safe.
 *
 * @param rule the rule id for a sink, {@code null} for a safe member
 * @param why for safe members, why they are safe
 * @param instanceOnly whether only calls on a value match (not static members of the type)
 */
public record CatalogEntry(MemberPattern pattern, String rule, String why, boolean instanceOnly) {

    public boolean isSafe() {
        return rule == null;
    }

    /** The rule this entry reports under, empty for safe members. */
    public Optional<String> sinkRule() {
        return Optional.ofNullable(rule);
    }
}
