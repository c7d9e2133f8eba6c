package dev.durablecheck.core.parse;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.VarType;

/**
 * Java 10's {@code var}. The grammar reads it as a class type named {@code var}; from level 10 on
 * it is the var type, except in {@code var.class}. This is the rewrite of JavaParser's
 * {@code Java10PostProcessor}, done in walks of ours: for the files read as context within the walk
 * that finishes their tree, for the validated files before their validation.
 */
final class VarTypes {

    private VarTypes() {
    }

    /** Whether {@code var} is a type at {@code level}. */
    static boolean isTypeAt(LanguageLevel level) {
        return level.ordinal() >= LanguageLevel.JAVA_10.ordinal();
    }

    /** Whether {@code node} is the class type {@code var} outside {@code var.class}: the var type, as the grammar reads it. */
    static boolean isWrittenAsClassType(Node node) {
        return node instanceof ClassOrInterfaceType type && type.getNameAsString().equals("var")
                && !(type.getParentNode().orElse(null) instanceof ClassExpr);
    }

    /** Puts the var type in the place of {@code written}, which {@link #isWrittenAsClassType} accepted, and returns it. */
    static VarType replace(Node written) {
        VarType var = new VarType(written.getTokenRange().orElse(null));
        written.replace(var);
        return var;
    }
}
