package dev.durablecheck.rules.nondeterminism;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

/**
 * Reports concurrency the durable runtime does not manage; see {@code docs/rules/unmanaged-concurrency.md}.
 * Where the runtime's threads deadlock on JVM monitors, blocking on one is reported too ({@link JvmMonitors}).
 */
public final class UnmanagedConcurrencyRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("unmanaged-concurrency", Severity.ERROR,
            "Threads, executors, async futures and parallel streams in orchestration code", Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    void checkMore(RuleContext context) {
        JvmMonitors.report(context);
    }
}
