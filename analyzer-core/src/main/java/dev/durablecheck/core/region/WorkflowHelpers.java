package dev.durablecheck.core.region;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.parse.TreeIndex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The private methods of a workflow class that run only as workflow code. A runtime whose entry
 * points take no context parameter (Temporal) lets a workflow's private helpers start operations
 * through the class's fields and statics, so such a helper is orchestration code when every use of
 * its name in the file is in orchestration code. Helpers that call each other, recursion included,
 * are solved together: start from all candidates and drop any with a use elsewhere, until none drops.
 */
final class WorkflowHelpers {

    /** The kind of the code a use of a method runs in, taking the given methods to be helpers. */
    interface KindAssuming {
        RegionKind of(Node node, Set<MethodDeclaration> assumedHelpers);
    }

    private WorkflowHelpers() {
    }

    /**
     * @param isEntry whether a callable is an entry point its class's supertypes declare
     */
    static Set<MethodDeclaration> find(Node unit, Predicate<CallableDeclaration<?>> isEntry, KindAssuming kind) {
        Set<MethodDeclaration> helpers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TypeDeclaration<?> type : TreeIndex.of(unit).declaredTypes()) {
            if (declaresEntry(type, isEntry)) {
                type.getMethods().stream()
                        .filter(m -> m.isPrivate() && m.getBody().isPresent() && !isEntry.test(m))
                        .forEach(helpers::add);
            }
        }
        if (helpers.isEmpty()) {
            return Set.of();
        }
        Map<String, List<Node>> uses = usesByName(unit, helpers);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (MethodDeclaration helper : List.copyOf(helpers)) {
                List<Node> named = uses.getOrDefault(helper.getNameAsString(), List.of());
                if (named.isEmpty() || named.stream().anyMatch(use -> kind.of(use, helpers) != RegionKind.ORCHESTRATION)) {
                    helpers.remove(helper);
                    dropped = true;
                }
            }
        }
        return helpers;
    }

    private static boolean declaresEntry(TypeDeclaration<?> type, Predicate<CallableDeclaration<?>> isEntry) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof CallableDeclaration<?> callable && isEntry.test(callable)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every call and method reference in the file with a candidate's name, whatever its receiver:
     * a use that binds elsewhere can only keep a method from being taken for a helper.
     */
    private static Map<String, List<Node>> usesByName(Node unit, Set<MethodDeclaration> helpers) {
        Map<String, List<Node>> uses = new HashMap<>();
        helpers.forEach(h -> uses.put(h.getNameAsString(), new ArrayList<>()));
        Preorder.walk(unit, node -> {
            String name = node instanceof MethodCallExpr call ? call.getNameAsString()
                    : node instanceof MethodReferenceExpr reference ? reference.getIdentifier() : null;
            List<Node> named = name == null ? null : uses.get(name);
            if (named != null) {
                named.add(node);
            }
        });
        return uses;
    }
}
