package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

import java.util.Optional;
import java.util.Set;

/**
 * Reports random values drawn in orchestration code; see {@code docs/rules/nondeterministic-random.md}.
 * Besides the catalog's sources, a generator held in a field and created unseeded is reported where
 * orchestration code draws from it, because its creation ran outside orchestration code.
 */
public final class NondeterministicRandomRule extends CatalogCallRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("nondeterministic-random", Severity.ERROR,
            "Random values drawn in orchestration code, which differ on every replay", Group.NONDETERMINISM);

    private static final Set<String> GENERATORS = Set.of("java.util.Random", "java.util.SplittableRandom",
            "java.util.random.RandomGenerator");
    private static final Set<String> DRAWS = Set.of("ints", "longs", "doubles");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    String message(String sink) {
        return sink + " in orchestration code yields different values on every replay, so decisions made "
                + "on them change; draw the value inside a step, e.g. context.step(\"draw\", Integer.class, s -> ...), "
                + "or seed the generator from a constant or a step result";
    }

    @Override
    void checkMore(RuleContext context) {
        FileResolver resolver = context.resolver();
        for (MemberSite site : context.orchestrationSites()) {
            MemberTarget target = site.target();
            if (!site.isReached() && site.node() instanceof MethodCallExpr call && target.kind() == MemberTarget.Kind.METHOD
                    && isDraw(target.name())
                    && resolver.types().ancestors(target.owner()).stream().anyMatch(GENERATORS::contains)
                    && call.getScope().flatMap(resolver::fieldOf).flatMap(Binding.Field::source)
                    .filter(field -> createdUnseeded(field, resolver)).isPresent()) {
                context.report(call, message("'" + Snippet.of(call) + "'"));
            }
        }
    }

    private static boolean isDraw(String method) {
        return method.startsWith("next") || DRAWS.contains(method);
    }

    /** A field initialised with {@code new Random()}, {@code new SplittableRandom()} or any {@code new SecureRandom(...)}. */
    private static boolean createdUnseeded(VariableDeclarator field, FileResolver resolver) {
        Optional<Expression> init = field.getInitializer();
        if (init.isEmpty() || !(init.get() instanceof ObjectCreationExpr creation)) {
            return false;
        }
        Optional<String> type = resolver.types().scopeOf(field.findCompilationUnit().orElseThrow())
                .resolveType(creation.getType());
        if (type.isEmpty()) {
            return false;
        }
        return type.get().equals("java.security.SecureRandom") || creation.getArguments().isEmpty();
    }
}
