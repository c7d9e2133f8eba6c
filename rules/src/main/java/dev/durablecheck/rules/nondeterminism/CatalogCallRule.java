package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.catalog.CatalogEntry;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.Snippet;

import java.util.Optional;

/**
 * A group-A rule: reports each member access in orchestration code that the API catalog lists
 * under this rule's id. Subclasses supply the message and may add exceptions.
 */
abstract class CatalogCallRule implements Rule {

    private final ApiCatalog catalog;

    CatalogCallRule() {
        this(ReplayUnsafeApis.CATALOG);
    }

    CatalogCallRule(ApiCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void check(RuleContext context) {
        String id = descriptor().id();
        for (MemberSite site : context.orchestrationSites()) {
            Optional<CatalogEntry> entry = catalog.match(site.target(), context.resolver().types()::ancestors);
            if (entry.flatMap(CatalogEntry::sinkRule).filter(id::equals).isPresent() && isReported(site, context)) {
                Node at = reportedNode(site);
                context.report(at, message(Snippet.of(at)));
            }
        }
        checkMore(context);
    }

    /** Whether a catalog hit is a finding; overridden by rules with look-alikes the catalog cannot express. */
    boolean isReported(MemberSite site, RuleContext context) {
        return true;
    }

    /** Findings this rule makes beyond catalog hits. */
    void checkMore(RuleContext context) {
    }

    /** Where the finding goes: a field read such as {@code System.out} is reported at the call made on it. */
    static Node reportedNode(MemberSite site) {
        Node node = site.node();
        if (site.target().kind() == MemberTarget.Kind.FIELD
                && node.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getScope().filter(s -> s == node).isPresent()) {
            return call;
        }
        return node;
    }

    /** The finding's message: what happens on replay and how to fix it, naming {@code sink}. */
    abstract String message(String sink);
}
