package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.Optional;
import java.util.Set;

/**
 * Draws from a random generator held in a field that was created unseeded
 * ({@code private final Random random = new Random(); ... random.nextInt(100)}). Creating the
 * generator ran once, outside the code that draws, so the draw is where the randomness shows: in
 * orchestration code, or in a helper it calls.
 */
public final class UnseededDraws {

    private static final Set<String> GENERATORS = Set.of("java.util.Random", "java.util.SplittableRandom",
            "java.util.random.RandomGenerator");
    private static final Set<String> DRAWS = Set.of("ints", "longs", "doubles");

    private UnseededDraws() {
    }

    /** Whether {@code access}, which reaches {@code target}, draws from a field created unseeded. */
    public static boolean isUnseededDraw(Node access, MemberTarget target, FileResolver resolver) {
        return access instanceof MethodCallExpr call && target.kind() == MemberTarget.Kind.METHOD
                && isDraw(target)
                && resolver.types().ancestors(target.owner()).stream().anyMatch(GENERATORS::contains)
                && call.getScope().flatMap(resolver::fieldOf).flatMap(Binding.Field::source)
                .filter(field -> createdUnseeded(field, resolver)).isPresent();
    }

    /** Whether {@code target} is a draw method: {@code next*}, {@code ints}, {@code longs}, {@code doubles}. */
    public static boolean isDraw(MemberTarget target) {
        return target.name().startsWith("next") || DRAWS.contains(target.name());
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
