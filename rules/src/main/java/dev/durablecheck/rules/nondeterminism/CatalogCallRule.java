package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.catalog.CatalogLookup;
import dev.durablecheck.core.resolve.MemberAccesses;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.ReachedSink;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.Snippet;

import java.util.Optional;
import java.util.Set;


/**
 * A group-A rule: reports each member access in orchestration code that the API catalog lists
 * under this rule's id, with the advice the runtime's profile gives for it. Subclasses may add exceptions.
 */
abstract class CatalogCallRule implements Rule {


    @Override
    public void check(RuleContext context) {
        for (MemberSite site : context.orchestrationSites()) {
            if (isCatalogSink(site.target(), context.catalog()) && isReported(site, context)) {
                Node at = site.isReached() ? site.node() : MemberAccesses.quoted(site.node(), site.target());
                String sink = "'" + Snippet.of(MemberAccesses.quoted(site.sink(), site.target())) + "'";
                if (site.isReached()) {
                    sink += " (reached through '" + Snippet.of(site.node()) + "')";
                }
                context.report(at, message(context, sink), site.chain());
            }
        }
        checkMore(context);
    }

    @Override
    public Set<ReachedSink> reachedSinks() {
        return Set.of(new ReachedSink.CatalogSinks(descriptor().id()));
    }

    @Override
    public Optional<ApiCatalog> apiCatalog() {
        return Optional.of(ReplayUnsafeApis.CATALOG);
    }

    private boolean isCatalogSink(MemberTarget target, CatalogLookup catalog) {
        return catalog.sinkRuleOf(target).filter(descriptor().id()::equals).isPresent();
    }

    /** Whether a catalog hit is a finding; overridden by rules with look-alikes the catalog cannot express. */
    boolean isReported(MemberSite site, RuleContext context) {
        return true;
    }

    /** Findings this rule makes beyond catalog hits. */
    void checkMore(RuleContext context) {
    }

    /**
     * The finding's message: {@code sink}, already quoted, then what happens on replay and the
     * runtime's way to do it instead, which its profile words.
     */
    final String message(RuleContext context, String sink) {
        return sink + " " + context.model().advice(descriptor().id());
    }
}
