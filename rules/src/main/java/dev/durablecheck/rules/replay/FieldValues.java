package dev.durablecheck.rules.replay;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.durablecheck.core.parse.Preorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every value the project can store in a field of the analysed sources, when its declaration
 * confines the writes to one file: a {@code final} field is assigned only by its initialiser and
 * its class's constructors, a {@code private} one only by the top-level class around it. Any
 * other field may be assigned anywhere in the project, which this file-by-file reading cannot see.
 */
final class FieldValues {

    private FieldValues() {
    }

    /**
     * The initialiser and the value of every assignment in the declaring file to a field of the
     * same name: one of another class counts too, which can only keep a rule silent. Empty when
     * the field is neither final nor private, when it is annotated (Jackson and injectors write
     * annotated fields by reflection), or when a compound assignment writes it.
     */
    static Optional<List<Expression>> of(VariableDeclarator field) {
        if (!(field.getParentNode().orElse(null) instanceof FieldDeclaration declaration)
                || !(declaration.isFinal() || declaration.isPrivate())
                || !declaration.getAnnotations().isEmpty()) {
            return Optional.empty();
        }
        Optional<CompilationUnit> file = field.findCompilationUnit();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String name = field.getNameAsString();
        List<Expression> values = new ArrayList<>();
        field.getInitializer().ifPresent(values::add);
        for (AssignExpr assignment : Preorder.findAll(file.get(), AssignExpr.class)) {
            if (!names(assignment.getTarget(), name)) {
                continue;
            }
            if (assignment.getOperator() != AssignExpr.Operator.ASSIGN) {
                return Optional.empty();
            }
            values.add(assignment.getValue());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    /** Whether an assignment target is written as the field {@code name}: {@code name}, {@code this.name}, {@code x.name}. */
    private static boolean names(Expression target, String name) {
        return (target instanceof NameExpr simple && simple.getNameAsString().equals(name))
                || (target instanceof FieldAccessExpr access && access.getNameAsString().equals(name));
    }
}
