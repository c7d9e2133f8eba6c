package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods a source type declares itself, by name, in the order written: what JavaParser's
 * {@code getMethodsByName} answers by filtering every member again on each question.
 *
 * @param type the declaration indexed, so that an index of a tree parsed again is told apart
 */
record MethodsByName(TypeDeclaration<?> type, Map<String, List<MethodDeclaration>> byName) {

    MethodsByName(TypeDeclaration<?> type) {
        this(type, index(type));
    }

    List<MethodDeclaration> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    private static Map<String, List<MethodDeclaration>> index(TypeDeclaration<?> type) {
        Map<String, List<MethodDeclaration>> byName = new HashMap<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof MethodDeclaration method) {
                byName.computeIfAbsent(method.getNameAsString(), k -> new ArrayList<>()).add(method);
            }
        }
        byName.replaceAll((name, methods) -> List.copyOf(methods));
        return Map.copyOf(byName);
    }
}
