package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.durablecheck.core.model.DurableModel;

import java.util.List;
import java.util.Optional;

/**
 * The member accesses of one file that rules can judge: calls, object creations, field reads,
 * statically imported names and writes of fields declared in the sources, each with the member it
 * reaches. Durable operations are not member accesses in this sense; they are the runtime's own API.
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

    /**
     * The expression that names an access in messages: a field read such as {@code System.out} is
     * named by the call made on it, a field write by the assignment or {@code ++}/{@code --}.
     */
    public static Node quoted(Node access, MemberTarget target) {
        if (target.kind() == MemberTarget.Kind.FIELD_WRITE) {
            return access.getParentNode().orElse(access);
        }
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

    /** Whether {@code access} is the target of an assignment (compound ones included) or of {@code ++}/{@code --}. */
    public static boolean isWritten(Expression access) {
        Node parent = access.getParentNode().orElse(null);
        if (parent instanceof AssignExpr assign) {
            return assign.getTarget() == access;
        }
        return parent instanceof UnaryExpr unary && switch (unary.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    /**
     * The field a write sets, named {@code x}, {@code this.x} or {@code Type.x}, when it is declared
     * in the analysed sources. Writes through other references ({@code order.total = 0}) change
     * the object referred to, not state of the code doing the write, and are left out.
     */
    public Optional<MemberTarget> writtenField(Node node) {
        if (!(node instanceof NameExpr || node instanceof FieldAccessExpr) || !isWritten((Expression) node)) {
            return Optional.empty();
        }
        if (node instanceof FieldAccessExpr access && !(access.getScope() instanceof ThisExpr)
                && resolver.typeNameOf(access.getScope()).isEmpty()) {
            return Optional.empty();
        }
        return resolver.fieldOf((Expression) node)
                .filter(f -> f.declarator() != null && f.declaringType() != null)
                .map(f -> new MemberTarget(MemberTarget.Kind.FIELD_WRITE, f.declaringType(), f.summary().name(),
                        List.of(), f.summary().isStatic()));
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

    /** Why an unchecked call's target could not be resolved, in a few words naming what was not known. */
    public String whyUnresolved(Node node) {
        if (node instanceof ObjectCreationExpr creation) {
            return "the type '" + creation.getType().asString() + "' is not known; its jar may be missing from --classpath";
        }
        MethodCallExpr call = (MethodCallExpr) node;
        Optional<Expression> receiver = call.getScope();
        if (receiver.isEmpty()) {
            return "no method '" + call.getNameAsString() + "' is declared in the enclosing classes or statically imported";
        }
        Expression scope = receiver.get();
        if (scope instanceof NameExpr name) {
            Optional<Binding> binding = resolver.bindingOf(name);
            if (binding.isEmpty()) {
                return "'" + name.getNameAsString() + "' is neither a variable nor a type durable-check knows";
            }
            if (binding.get() instanceof Binding.Local local && local.lambda() != null) {
                return "the type of the lambda parameter '" + name.getNameAsString() + "' is not known";
            }
            return "the type of '" + name.getNameAsString() + "' is not known";
        }
        if (scope instanceof MethodCallExpr inner) {
            return "what '" + inner.getNameAsString() + "(...)' returns is not known";
        }
        return "the type of its receiver is not known";
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
            // complete(...) statically imported from the runtime's API.
            return resolver.scope().staticImportOwners(call.getNameAsString()).stream().anyMatch(model::isRuntimeType);
        }
        Expression root = receiver;
        return resolver.typeNameOf(root).or(() -> resolver.typeOf(root)).filter(model::isRuntimeType).isPresent()
                || isRuntimeCallbackParameter(root);
    }

    /**
     * A parameter of a lambda given to the runtime's API ({@code shouldComplete(status -> ...)},
     * {@code retryStrategy((error, attempt) -> ...)}): the runtime passes it a value of its own API.
     */
    private boolean isRuntimeCallbackParameter(Expression root) {
        if (!(root instanceof NameExpr name) || !(resolver.bindingOf(name).orElse(null) instanceof Binding.Local local)
                || local.lambda() == null) {
            return false;
        }
        return ArgumentSlot.of(local.lambda()).map(ArgumentSlot::call)
                .filter(given -> resolver.targetOf(given).map(t -> model.isRuntimeType(t.owner())).orElseGet(() -> isOnRuntimeApi(given)))
                .isPresent();
    }
}
