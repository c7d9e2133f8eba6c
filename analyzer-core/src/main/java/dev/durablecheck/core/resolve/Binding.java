package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.type.Type;

import java.util.Optional;

/** What a simple name in an expression refers to. */
public sealed interface Binding {

    /**
     * A local variable, parameter, lambda parameter, catch parameter, resource or pattern variable.
     *
     * @param declaration the {@code Parameter}, {@code VariableDeclarator} or {@code TypePatternExpr}
     * @param declaredType the written type, or {@code null} for {@code var} and implicit lambda parameters
     * @param initializer the initial value, or {@code null}
     * @param lambda the lambda declaring an implicitly typed parameter, or {@code null}
     * @param lambdaParameter the index of that parameter
     */
    record Local(Node declaration, Type declaredType, Expression initializer, LambdaExpr lambda, int lambdaParameter)
            implements Binding {
    }

    /**
     * A field.
     *
     * @param declaringType fully qualified declaring type, or {@code null} inside an anonymous class
     * @param declarator the source declaration, when the field is declared in the analysed sources
     * @param staticImport whether the name reached the field through a static import
     */
    record Field(String declaringType, FieldSummary summary, VariableDeclarator declarator, boolean staticImport)
            implements Binding {

        public Optional<VariableDeclarator> source() {
            return Optional.ofNullable(declarator);
        }
    }
}
