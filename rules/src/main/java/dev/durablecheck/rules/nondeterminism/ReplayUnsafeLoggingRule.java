package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

import java.util.Optional;

/**
 * Reports logging in orchestration code that is not replay-aware; see
 * {@code docs/rules/replay-unsafe-logging.md}. Logging that only runs when the context is not
 * replaying ({@link ReplayGuard}), and logging on a logger the runtime silences on replay
 * ({@link ReplaySafeLoggers}), stay silent.
 */
public final class ReplayUnsafeLoggingRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("replay-unsafe-logging", Severity.WARNING,
            "Console output and logger calls in orchestration code, which repeat on every replay", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    boolean isReported(MemberSite site, RuleContext context) {
        if (ReplayGuard.onlyWhenNotReplaying(site.node(), context.resolver())) {
            return false;
        }
        // The logging call may sit in a helper orchestration code reaches: judge its logger in its own file.
        Node logging = site.isReached() ? site.sink() : site.node();
        Optional<FileResolver> resolver = site.isReached()
                ? logging.findCompilationUnit().map(context::resolverOf) : Optional.of(context.resolver());
        return resolver.filter(r -> ReplaySafeLoggers.isOnReplaySafeLogger(logging, r)).isEmpty();
    }
}
