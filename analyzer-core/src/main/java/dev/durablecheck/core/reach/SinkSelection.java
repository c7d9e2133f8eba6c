package dev.durablecheck.core.reach;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.catalog.CatalogLookup;
import dev.durablecheck.core.resolve.FieldSummary;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.resolve.UnseededDraws;
import dev.durablecheck.core.rule.ReachedSink;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which accesses in reached code some rule of the run reports, from the kinds of sink the rules
 * declare: a catalog lookup for calls and reads, the field's declaration for writes and for draws
 * from a generator field.
 */
final class SinkSelection {

    private final Set<String> catalogRules;
    private final boolean sharedFieldWrites;
    private final boolean unseededDraws;
    private final CatalogLookup catalog;
    private final KnownTypes types;

    SinkSelection(Collection<ReachedSink> declared, CatalogLookup catalog, KnownTypes types) {
        this.catalogRules = declared.stream().filter(ReachedSink.CatalogSinks.class::isInstance)
                .map(s -> ((ReachedSink.CatalogSinks) s).ruleId()).collect(Collectors.toUnmodifiableSet());
        this.sharedFieldWrites = declared.stream().anyMatch(ReachedSink.SharedFieldWrites.class::isInstance);
        this.unseededDraws = declared.stream().anyMatch(ReachedSink.UnseededDraws.class::isInstance);
        this.catalog = catalog;
        this.types = types;
    }

    /** Whether some rule reports {@code target}, whatever access reaches it: the catalog's sinks and shared field writes. */
    boolean test(MemberTarget target) {
        if (target.kind() == MemberTarget.Kind.FIELD_WRITE) {
            return sharedFieldWrites && isSharedField(target);
        }
        return !catalogRules.isEmpty() && catalog.sinkRuleOf(target).filter(catalogRules::contains).isPresent();
    }

    /** Whether some rule reports {@code access}, which reaches {@code target}: also a draw from an unseeded generator field. */
    boolean test(Node access, MemberTarget target, FileResolver resolver) {
        return test(target) || (unseededDraws && UnseededDraws.isUnseededDraw(access, target, resolver));
    }

    /** A non-final static field, or a non-final instance field of a handler class. */
    private boolean isSharedField(MemberTarget write) {
        Optional<FieldSummary> field = types.field(write.owner(), write.name()).map(KnownTypes.FieldOwner::field);
        return field.filter(f -> !f.isFinal())
                .filter(f -> f.isStatic() || types.model().isHandlerType(types.ancestors(write.owner())))
                .isPresent();
    }
}
