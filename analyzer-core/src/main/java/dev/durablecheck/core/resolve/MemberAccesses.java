package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.durablecheck.core.model.DurableModel;

import java.util.Optional;

/**
 * The member accesses of one file that rules can judge: calls, object creations, field reads and
 * statically imported names, each with the member it reaches. Durable operations are not member
 * accesses in this sense; they are the runtime's own API.
 */
public final class MemberAccesses {

    private final FileResolver resolver;
    private final DurableModel model;

    public MemberAccesses(FileResolver resolver) {
        this.resolver = resolver;
        this.model = resolver.types().model();
    }

    /** Whether {@code node} is of a kind that can access a member. */
    public static boolean isAccess(Node node) {
        return node instanceof MethodCallExpr || node instanceof ObjectCreationExpr
                || node instanceof FieldAccessExpr || node instanceof NameExpr;
    }

    /** The expression that names an access in messages: a field read such as {@code System.out} is named by the call made on it. */
    public static Node quoted(Node access, MemberTarget target) {
        if (target.kind() == MemberTarget.Kind.FIELD
                && access.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getScope().filter(s -> s == access).isPresent()) {
            return call;
        }
        return access;
    }

    /** The member an access node reaches, if it resolves and is not a durable operation. */
    public Optional<MemberTarget> targetOf(Node node) {
        if (node instanceof MethodCallExpr call) {
            return resolver.durableCall(call).isPresent() ? Optional.empty() : resolver.targetOf(call);
        }
        if (node instanceof ObjectCreationExpr creation) {
            return resolver.targetOf(creation);
        }
        if (node instanceof FieldAccessExpr access) {
            return resolver.typeNameOf(access).isPresent() ? Optional.empty() : resolver.targetOf(access);
        }
        if (node instanceof NameExpr name) {
            boolean imported = resolver.bindingOf(name)
                    .filter(b -> b instanceof Binding.Field f && f.staticImport()).isPresent();
            return imported ? resolver.targetOf(name) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether an access whose target did not resolve is a call the run must count as unchecked:
     * calls and creations, except durable operations and calls on values the runtime's own API
     * returned ({@code MapConfig.builder().maxConcurrency(4)}): the profile does not describe every
     * SDK type, but the SDK is no sink.
     */
    public boolean isUncheckedCall(Node node) {
        if (node instanceof ObjectCreationExpr) {
            return true;
        }
        return node instanceof MethodCallExpr call && resolver.durableCall(call).isEmpty() && !isOnRuntimeApi(call);
    }

    private boolean isOnRuntimeApi(MethodCallExpr call) {
        Expression receiver = call.getScope().orElse(null);
        while (receiver instanceof MethodCallExpr inner) {
            Optional<MemberTarget> target = resolver.targetOf(inner);
            if (target.isPresent()) {
                return model.isRuntimeType(target.get().owner());
            }
            receiver = inner.getScope().orElse(null);
        }
        if (receiver == null) {
            return false;
        }
        Expression root = receiver;
        return resolver.typeNameOf(root).or(() -> resolver.typeOf(root)).filter(model::isRuntimeType).isPresent();
    }
}
