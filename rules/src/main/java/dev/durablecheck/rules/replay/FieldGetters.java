package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.resolve.MemberTarget;

import java.util.List;
import java.util.Optional;

/**
 * Calls of getters: project methods without parameters whose whole body is {@code return field;}
 * or {@code return this.field;}, so that the call yields whatever the field holds. A getter with
 * any other body (a copy, a wrapper, a branch) is not one.
 */
final class FieldGetters {

    private FieldGetters() {
    }

    /**
     * The field expression returned by the getter that {@code call} runs, in the getter's own file.
     * The getter must be the method that runs: declared in the analysed sources on the receiver's
     * type or the nearest supertype that declares it, and overridden in no source type that
     * extends the receiver's type.
     */
    static Optional<Expression> returnedBy(MethodCallExpr call, FileResolver resolver) {
        if (!call.getArguments().isEmpty()) {
            return Optional.empty();
        }
        Optional<MemberTarget> target = resolver.targetOf(call);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        KnownTypes types = resolver.types();
        String owner = target.get().owner();
        String name = call.getNameAsString();
        Optional<String> declaring = types.ancestors(owner).stream()
                .filter(t -> types.find(t).filter(s -> !s.methods(name, 0).isEmpty()).isPresent())
                .findFirst();
        List<MethodDeclaration> getter = declaring.map(t -> declared(t, name, types)).orElse(List.of());
        if (getter.size() != 1) {
            return Optional.empty();
        }
        Optional<Expression> field = returnedField(getter.get(0));
        boolean overridden = field.isPresent()
                && types.sourceSubtypes(owner).stream().anyMatch(subtype -> !declared(subtype, name, types).isEmpty());
        return overridden ? Optional.empty() : field;
    }

    /** The methods without parameters named {@code name} that the source declaration of {@code type} declares. */
    private static List<MethodDeclaration> declared(String type, String name, KnownTypes types) {
        return types.sourceDeclaration(type).map(t -> t.getMethodsBySignature(name)).orElse(List.of());
    }

    private static Optional<Expression> returnedField(MethodDeclaration method) {
        NodeList<Statement> body = method.getBody().map(BlockStmt::getStatements).orElseGet(NodeList::new);
        if (body.size() != 1 || !(body.get(0) instanceof ReturnStmt returned) || returned.getExpression().isEmpty()) {
            return Optional.empty();
        }
        Expression value = returned.getExpression().get();
        boolean isField = value instanceof NameExpr
                || (value instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self
                && self.getTypeName().isEmpty());
        return isField ? Optional.of(value) : Optional.empty();
    }
}
