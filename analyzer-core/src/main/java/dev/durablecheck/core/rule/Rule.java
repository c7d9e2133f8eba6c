package dev.durablecheck.core.rule;

import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.resolve.MemberTarget;

import java.util.Optional;

/**
 * A check. Implementations are found with {@link java.util.ServiceLoader}, so a rule pack is a
 * jar with a {@code META-INF/services/dev.durablecheck.core.rule.Rule} file. One instance checks
 * every file of a run, from several threads at once: keep rules stateless.
 */
public interface Rule {

    RuleDescriptor descriptor();

    /** Examines one analysed file and reports through {@link RuleContext#report}. */
    void check(RuleContext context);

    /**
     * Whether this rule reports {@code target} when orchestration code reaches it through project
     * methods; reach analysis keeps only such accesses. Rules that do not look at reached accesses
     * keep the default.
     */
    default boolean reportsWhenReached(MemberTarget target, ApiCatalog catalog, KnownTypes types) {
        return false;
    }

    /**
     * The API catalog data this rule reads, merged with every other rule's and the configuration's
     * into the run's catalog ({@link RuleContext#catalog()}).
     */
    default Optional<ApiCatalog> apiCatalog() {
        return Optional.empty();
    }
}
