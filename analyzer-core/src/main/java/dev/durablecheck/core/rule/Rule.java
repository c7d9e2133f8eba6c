package dev.durablecheck.core.rule;

import dev.durablecheck.core.catalog.ApiCatalog;

import java.util.Optional;
import java.util.Set;

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
     * The kinds of access this rule reports when orchestration code reaches them through project
     * methods; reach keeps only accesses of the kinds some rule of the run declares. Rules that do
     * not look at reached accesses keep the default.
     */
    default Set<ReachedSink> reachedSinks() {
        return Set.of();
    }

    /**
     * The API catalog data this rule reads, merged with every other rule's and the configuration's
     * into the run's catalog ({@link RuleContext#catalog()}).
     */
    default Optional<ApiCatalog> apiCatalog() {
        return Optional.empty();
    }
}
