package dev.durablecheck.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durablecheck.core.resolve.MemberTarget;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The catalog of APIs that rules report (sinks) and of members declared safe, as data. For a
 * member access the most specific entry wins: the receiver's own type before its supertypes, and
 * on one type an entry with parameters before one with a member name, before a member glob,
 * before the whole type. On a tie the later entry wins: in the built-in file safe entries come after
 * sinks, and entries of a configuration file come after the built-in ones.
 */
public final class ApiCatalog {

    private final List<CatalogEntry> entries;
    private final Map<String, List<CatalogEntry>> byExactType = new HashMap<>();
    private final List<CatalogEntry> globTyped = new ArrayList<>();
    private final Map<CatalogEntry, Integer> order = new IdentityHashMap<>();

    private ApiCatalog(List<CatalogEntry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            order.put(this.entries.get(i), i);
        }
        for (CatalogEntry e : entries) {
            if (e.pattern().typeGlob() == null) {
                byExactType.computeIfAbsent(e.pattern().type(), k -> new ArrayList<>()).add(e);
            } else {
                globTyped.add(e);
            }
        }
    }

    /**
     * Reads a catalog file: {@code {"sinks": [{"rule", "members": [...], "instanceOnly"}],
     * "safe": [{"members": [...], "why"}]}}.
     *
     * @throws IllegalArgumentException naming {@code source} and the bad entry
     */
    public static ApiCatalog load(InputStream json, String source) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<CatalogEntry> entries = new ArrayList<>();
        for (JsonNode group : root.path("sinks")) {
            String rule = group.path("rule").asText(null);
            if (rule == null || rule.isBlank()) {
                throw new IllegalArgumentException(source + ": a sink group has no rule");
            }
            boolean instanceOnly = group.path("instanceOnly").asBoolean(false);
            for (JsonNode member : group.path("members")) {
                entries.add(new CatalogEntry(parse(member.asText(), source), rule, null, instanceOnly));
            }
        }
        for (JsonNode group : root.path("safe")) {
            String why = group.path("why").asText(null);
            if (why == null || why.isBlank()) {
                throw new IllegalArgumentException(source + ": a safe group does not say why");
            }
            for (JsonNode member : group.path("members")) {
                entries.add(new CatalogEntry(parse(member.asText(), source), null, why, false));
            }
        }
        return new ApiCatalog(entries);
    }

    /** A catalog of entries made elsewhere, such as a configuration file's. */
    public static ApiCatalog of(List<CatalogEntry> entries) {
        return new ApiCatalog(entries);
    }

    /** The empty catalog. */
    public static ApiCatalog empty() {
        return new ApiCatalog(List.of());
    }

    private static MemberPattern parse(String pattern, String source) {
        try {
            return MemberPattern.parse(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** A catalog holding this catalog's entries and then {@code other}'s. */
    public ApiCatalog with(ApiCatalog other) {
        List<CatalogEntry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new ApiCatalog(all);
    }

    /** The ids of every rule some sink names. */
    public Set<String> sinkRules() {
        Set<String> ids = new TreeSet<>();
        entries.forEach(e -> e.sinkRule().ifPresent(ids::add));
        return ids;
    }

    /**
     * The entry that decides {@code target}, if any.
     *
     * @param ancestors a type's name and its supertypes, nearest first
     */
    public Optional<CatalogEntry> match(MemberTarget target, Function<String, List<String>> ancestors) {
        // The catalog lists APIs that are called or read; assigning a field uses none.
        if (target.kind() == MemberTarget.Kind.FIELD_WRITE) {
            return Optional.empty();
        }
        for (String type : ancestors.apply(target.owner())) {
            CatalogEntry best = null;
            for (CatalogEntry candidate : candidates(type)) {
                if (target.kind() == MemberTarget.Kind.METHOD_REFERENCE && namesOverloads(candidate, type, target)) {
                    // Which overload the reference calls is unknown, and an entry tells some apart.
                    return Optional.empty();
                }
                if (applies(candidate, type, target, ancestors) && beats(candidate, best)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** The entries that may match {@code type}, in entry order. */
    private List<CatalogEntry> candidates(String type) {
        List<CatalogEntry> exact = byExactType.getOrDefault(type, List.of());
        if (globTyped.isEmpty()) {
            return exact;
        }
        List<CatalogEntry> all = new ArrayList<>(exact);
        all.addAll(globTyped);
        all.sort(Comparator.comparingInt(order::get));
        return all;
    }

    /** Whether {@code entry} is about some overloads only of the method a reference names. */
    private static boolean namesOverloads(CatalogEntry entry, String type, MemberTarget reference) {
        MemberPattern p = entry.pattern();
        return p.parameters() != null && p.member() != null && p.matchesType(type) && p.matchesMember(reference.name());
    }

    private static boolean applies(CatalogEntry entry, String type, MemberTarget target,
                                   Function<String, List<String>> ancestors) {
        MemberPattern p = entry.pattern();
        if (!p.matchesType(type) || !p.matchesMember(target.name())) {
            return false;
        }
        if (entry.instanceOnly() && target.isStatic()) {
            return false;
        }
        boolean constructorPattern = MemberTarget.CONSTRUCTOR_NAME.equals(p.member());
        if (constructorPattern != (target.kind() == MemberTarget.Kind.CONSTRUCTOR) && p.member() != null) {
            return false;
        }
        if (p.parameters() == null) {
            return true;
        }
        List<String> arguments = target.argumentTypes();
        if (arguments.size() != p.parameters().size()) {
            return false;
        }
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String element = argument == null ? null : ArgumentCompatibility.elementType(argument);
            List<String> argumentAncestors = element == null || element.indexOf('.') < 0 ? null : ancestors.apply(element);
            if (!ArgumentCompatibility.accepts(p.parameters().get(i), argument, argumentAncestors)) {
                return false;
            }
        }
        return true;
    }

    /** Candidates come in entry order, so on equal specificity the later one replaces the earlier. */
    private static boolean beats(CatalogEntry candidate, CatalogEntry best) {
        return best == null || candidate.pattern().specificity() >= best.pattern().specificity();
    }
}
