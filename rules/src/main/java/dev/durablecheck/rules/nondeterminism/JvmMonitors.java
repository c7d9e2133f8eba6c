package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.Snippet;

import java.util.Set;

/**
 * Blocking on a JVM monitor in orchestration code, for runtimes whose threads deadlock on them
 * (the profile's {@code jvmMonitorsUnsafe}: Temporal's cooperative workflow threads): a
 * {@code synchronized} block or method, and the JDK's locks.
 */
final class JvmMonitors {

    private static final Set<String> LOCKING = Set.of("lock", "lockInterruptibly", "tryLock");

    private JvmMonitors() {
    }

    static void report(RuleContext context) {
        if (!context.model().jvmMonitorsUnsafe()) {
            return;
        }
        String advice = context.model().advice("jvm-monitor");
        for (SynchronizedStmt block : Preorder.findAll(context.unit(), SynchronizedStmt.class)) {
            if (context.regionOf(block) == RegionKind.ORCHESTRATION) {
                context.report(block, "'synchronized (" + Snippet.of(block.getExpression()) + ")' " + advice);
            }
        }
        for (MethodDeclaration method : Preorder.findAll(context.unit(), MethodDeclaration.class, MethodDeclaration::isSynchronized)) {
            if (method.getBody().isPresent() && context.regionOf(method.getBody().get()) == RegionKind.ORCHESTRATION) {
                context.report(method.getName(), "'synchronized " + method.getNameAsString() + "(...)' " + advice);
            }
        }
        for (MemberSite site : context.orchestrationSites()) {
            if (!site.isReached() && isLocking(site.target(), context)) {
                Node at = site.node();
                context.report(at, "'" + Snippet.of(at) + "' " + advice);
            }
        }
    }

    private static boolean isLocking(MemberTarget target, RuleContext context) {
        return LOCKING.contains(target.name())
                && context.resolver().types().ancestors(target.owner()).contains("java.util.concurrent.locks.Lock");
    }
}
