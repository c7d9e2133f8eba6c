package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local variables one list of statements declares, by name and position, built once so that
 * looking up a name in a block of many statements does not scan the block again for every use.
 */
final class DeclaredLocals {

    private record Declared(int position, VariableDeclarator declarator) {
    }

    private final Map<Node, Integer> positions = new IdentityHashMap<>();
    private final Map<String, List<Declared>> byName = new HashMap<>();

    DeclaredLocals(NodeList<Statement> statements) {
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            positions.put(statement, i);
            if (statement instanceof ExpressionStmt expression
                    && expression.getExpression() instanceof VariableDeclarationExpr decl) {
                for (VariableDeclarator v : decl.getVariables()) {
                    byName.computeIfAbsent(v.getNameAsString(), n -> new ArrayList<>()).add(new Declared(i, v));
                }
            }
        }
    }

    /**
     * The latest declaration of {@code name} among the statements before {@code child}, or among
     * all of them when {@code child} is not one of the statements.
     */
    Optional<VariableDeclarator> before(Node child, String name) {
        int limit = positions.getOrDefault(child, Integer.MAX_VALUE);
        VariableDeclarator found = null;
        for (Declared declared : byName.getOrDefault(name, List.of())) {
            if (declared.position() >= limit) {
                break;
            }
            found = declared.declarator();
        }
        return Optional.ofNullable(found);
    }
}
