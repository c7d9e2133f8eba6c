package dev.durablecheck.core.parse;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.ArrayList;
import java.util.List;

/**
 * The types a tree declares, nested and local ones included, in the order they start. A tree
 * parsed here has them from the walk that finishes it, so the import scope and the workflow
 * helpers do not walk the whole tree again to find them; any other tree is walked.
 */
public final class DeclaredTypes {

    private static final DataKey<List<TypeDeclaration<?>>> KEY = new DataKey<>() {
    };

    private DeclaredTypes() {
    }

    /** The types declared at or below {@code root}. */
    public static List<TypeDeclaration<?>> of(Node root) {
        if (root instanceof CompilationUnit unit && unit.containsData(KEY)) {
            return unit.getData(KEY);
        }
        List<TypeDeclaration<?>> found = new ArrayList<>();
        Preorder.walk(root, node -> {
            if (node instanceof TypeDeclaration<?> type) {
                found.add(type);
            }
        });
        return List.copyOf(found);
    }

    /** Records the types of {@code unit}, found in pre-order, before the tree is shared with other threads. */
    static void record(CompilationUnit unit, List<TypeDeclaration<?>> types) {
        unit.setData(KEY, List.copyOf(types));
    }
}
