package dev.durablecheck.core.catalog;

import dev.durablecheck.core.resolve.MemberTarget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The run's catalog, bound to the run's type hierarchy: which entry decides a member access,
 * looked up once per distinct access and shared by reach and every rule. Thread-safe.
 */
public final class CatalogLookup {

    private final ApiCatalog catalog;
    private final Function<String, List<String>> ancestors;
    private final Map<MemberTarget, Optional<CatalogEntry>> decided = new ConcurrentHashMap<>();

    /**
     * @param ancestors a type's name and its supertypes, nearest first
     */
    public CatalogLookup(ApiCatalog catalog, Function<String, List<String>> ancestors) {
        this.catalog = catalog;
        this.ancestors = ancestors;
    }

    /** The catalog looked up. */
    public ApiCatalog catalog() {
        return catalog;
    }

    /** The entry that decides {@code target}, if any (see {@link ApiCatalog#match}). */
    public Optional<CatalogEntry> entryOf(MemberTarget target) {
        Optional<CatalogEntry> known = decided.get(target);
        if (known == null) {
            // Not computeIfAbsent: finding ancestors may parse sources, which must not hold the map's lock.
            known = catalog.match(target, ancestors);
            decided.putIfAbsent(target, known);
        }
        return known;
    }

    /** The rule the catalog reports {@code target} under, if it is a sink. */
    public Optional<String> sinkRuleOf(MemberTarget target) {
        return entryOf(target).flatMap(CatalogEntry::sinkRule);
    }
}
