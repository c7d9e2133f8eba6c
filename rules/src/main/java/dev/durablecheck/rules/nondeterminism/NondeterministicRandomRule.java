package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.resolve.UnseededDraws;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.ReachedSink;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

import java.util.Set;

/**
 * Reports random values drawn in orchestration code; see {@code docs/rules/nondeterministic-random.md}.
 * Besides the catalog's sources, a generator held in a field and created unseeded is reported where
 * orchestration code draws from it, or where it calls the project method that draws from it,
 * because its creation ran outside orchestration code.
 */
public final class NondeterministicRandomRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("nondeterministic-random", Severity.ERROR,
            "Random values drawn in orchestration code, which differ on every replay", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<ReachedSink> reachedSinks() {
        return Set.of(new ReachedSink.CatalogSinks(DESCRIPTOR.id()), new ReachedSink.UnseededDraws());
    }

    /**
     * Draws from generator fields created unseeded: written in orchestration code, or reached
     * through project methods (reach keeps a generator draw only when it is one of those).
     */
    @Override
    void checkMore(RuleContext context) {
        FileResolver resolver = context.resolver();
        for (MemberSite site : context.orchestrationSites()) {
            MemberTarget target = site.target();
            if (site.isReached()) {
                if (UnseededDraws.isDraw(target) && context.catalog().sinkRuleOf(target).isEmpty()
                        && site.sink() instanceof MethodCallExpr draw && UnseededDraws.isUnseededDraw(draw, target,
                        context.resolverOf(draw.findCompilationUnit().orElseThrow()))) {
                    context.report(site.node(), message(context, "'" + Snippet.of(draw) + "' (reached through '"
                            + Snippet.of(site.node()) + "')"), site.chain());
                }
            } else if (UnseededDraws.isUnseededDraw(site.node(), target, resolver)) {
                context.report(site.node(), message(context, "'" + Snippet.of(site.node()) + "'"));
            }
        }
    }
}
