package dev.durablecheck.core.parse;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a tree holds that several analyses look up by walking all of it. A tree parsed here has
 * its index from the walk that finishes it; any other tree is walked when asked. A tree whose
 * method bodies are deferred ({@link DeferredBody}) has every declared type in its index (a body
 * that declares one is never deferred), but not the calls and references of those bodies:
 * {@link #withReferencesTo} completes it when a question needs them.
 *
 * @param declaredTypes every type declared, nested and local ones included, in the order they start
 * @param calledNames the names of the methods the tree calls
 * @param methodReferences the method references written, by the method's name, in the order written
 */
public record TreeIndex(List<TypeDeclaration<?>> declaredTypes, Set<String> calledNames,
                        Map<String, List<MethodReferenceExpr>> methodReferences) {

    private static final DataKey<TreeIndex> KEY = new DataKey<>() {
    };

    /** The index of the tree {@code root} is the root of. */
    public static TreeIndex of(Node root) {
        if (root instanceof CompilationUnit unit && unit.containsData(KEY)) {
            return unit.getData(KEY);
        }
        return walking(root);
    }

    /** The index of the tree below {@code root}, walked now. */
    static TreeIndex walking(Node root) {
        Builder builder = new Builder();
        Preorder.walk(root, builder);
        return builder.build();
    }

    /**
     * The index of {@code root}'s tree, complete as to the method references named {@code name}
     * and, when it holds some, as to the names called: a tree with deferred bodies has them all
     * loaded first when one of them may hold either.
     */
    public static TreeIndex withReferencesTo(Node root, String name) {
        TreeIndex index = of(root);
        Optional<DeferredBodies> deferred = DeferredBodies.of(root);
        if (deferred.isEmpty()) {
            return index;
        }
        boolean referenced = index.methodReferences().containsKey(name);
        return deferred.get().mayHide(name, referenced) ? deferred.get().whole((CompilationUnit) root) : index;
    }

    /** Records the index of {@code unit} before the tree is shared with other threads. */
    static void record(CompilationUnit unit, TreeIndex index) {
        unit.setData(KEY, index);
    }

    /** Collects an index from the nodes of a pre-order walk. */
    static final class Builder implements Consumer<Node> {
        private final List<TypeDeclaration<?>> types = new ArrayList<>();
        private final Set<String> called = new HashSet<>();
        private final Map<String, List<MethodReferenceExpr>> references = new HashMap<>();

        @Override
        public void accept(Node node) {
            if (node instanceof MethodCallExpr call) {
                called.add(call.getNameAsString());
            } else if (node instanceof MethodReferenceExpr reference) {
                references.computeIfAbsent(reference.getIdentifier(), k -> new ArrayList<>()).add(reference);
            } else if (node instanceof TypeDeclaration<?> type) {
                types.add(type);
            }
        }

        TreeIndex build() {
            Map<String, List<MethodReferenceExpr>> frozen = new HashMap<>();
            references.forEach((name, written) -> frozen.put(name, List.copyOf(written)));
            return new TreeIndex(List.copyOf(types), Set.copyOf(called), Map.copyOf(frozen));
        }
    }
}
