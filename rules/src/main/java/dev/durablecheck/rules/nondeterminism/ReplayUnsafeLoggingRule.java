package dev.durablecheck.rules.nondeterminism;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

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
        return !ReplayGuard.onlyWhenNotReplaying(site.node(), context.resolver())
                && (site.isReached() || !ReplaySafeLoggers.isOnReplaySafeLogger(site.node(), context.resolver()));
    }
}
