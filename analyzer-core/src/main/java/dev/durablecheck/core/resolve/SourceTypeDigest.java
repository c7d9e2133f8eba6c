package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Digests a type declared in the analysed sources into a {@link TypeSummary}. */
final class SourceTypeDigest {

    private SourceTypeDigest() {
    }

    static TypeSummary digest(String fqn, TypeDeclaration<?> type, KnownTypes types) {
        ImportScope scope = types.scopeOf(type.findCompilationUnit().orElseThrow(
                () -> new IllegalStateException("type outside a compilation unit: " + fqn)));
        List<String> supertypes = new ArrayList<>();
        Map<String, List<MethodSummary>> methods = new LinkedHashMap<>();
        Map<String, FieldSummary> fields = new LinkedHashMap<>();
        Map<String, Set<String>> methodAnnotations = new LinkedHashMap<>();
        boolean isInterface = false;
        if (type instanceof ClassOrInterfaceDeclaration c) {
            isInterface = c.isInterface();
            for (ClassOrInterfaceType t : c.getExtendedTypes()) {
                scope.resolveType(t).ifPresent(supertypes::add);
            }
            for (ClassOrInterfaceType t : c.getImplementedTypes()) {
                scope.resolveType(t).ifPresent(supertypes::add);
            }
        } else if (type instanceof EnumDeclaration e) {
            supertypes.add("java.lang.Enum");
            e.getImplementedTypes().forEach(t -> scope.resolveType(t).ifPresent(supertypes::add));
            e.getEntries().forEach(constant -> fields.put(constant.getNameAsString(),
                    new FieldSummary(constant.getNameAsString(), fqn, true, true)));
            // The methods every enum has without declaring them.
            methods.put("values", new ArrayList<>(List.of(new MethodSummary("values", 0, false, true, fqn + "[]"))));
            methods.put("valueOf", new ArrayList<>(List.of(new MethodSummary("valueOf", 1, false, true, fqn))));
        } else if (type instanceof RecordDeclaration r) {
            supertypes.add("java.lang.Record");
            r.getImplementedTypes().forEach(t -> scope.resolveType(t).ifPresent(supertypes::add));
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof MethodDeclaration m) {
                Set<String> annotated = annotations(m.getAnnotations(), scope);
                if (!annotated.isEmpty()) {
                    methodAnnotations.put(m.getNameAsString() + "/" + m.getParameters().size(), annotated);
                }
                methods.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(new MethodSummary(
                        m.getNameAsString(), m.getParameters().size(),
                        m.getParameters().stream().anyMatch(p -> p.isVarArgs()),
                        m.isStatic(), scope.resolveType(m.getType()).orElse(null)));
            } else if (member instanceof FieldDeclaration f) {
                boolean isStatic = f.isStatic() || isInterface;
                boolean isFinal = f.isFinal() || isInterface;
                for (VariableDeclarator v : f.getVariables()) {
                    fields.put(v.getNameAsString(),
                            new FieldSummary(v.getNameAsString(), declaredType(v, scope), isStatic, isFinal));
                }
            }
        }
        if (type instanceof RecordDeclaration r) {
            for (var component : r.getParameters()) {
                String name = component.getNameAsString();
                String componentType = scope.resolveType(component.getType()).orElse(null);
                fields.put(name, new FieldSummary(name, componentType, false, true));
                // The implicit accessor, unless the record declares it explicitly.
                methods.computeIfAbsent(name, k -> new ArrayList<>(List.of(new MethodSummary(name, 0, false, false, componentType))));
            }
        }
        methods.replaceAll((k, v) -> List.copyOf(v));
        return new TypeSummary(fqn, isInterface, List.copyOf(supertypes), Map.copyOf(methods), Map.copyOf(fields),
                annotations(type.getAnnotations(), scope), Map.copyOf(methodAnnotations));
    }

    /** Annotation names resolved in the file's scope; one that does not resolve is left out. */
    static Set<String> annotations(List<AnnotationExpr> annotations, ImportScope scope) {
        Set<String> out = new LinkedHashSet<>();
        for (AnnotationExpr a : annotations) {
            scope.resolveType(a.getNameAsString(), a).ifPresent(out::add);
        }
        return Set.copyOf(out);
    }

    /** A field's erased type; for a field typed by a bounded type variable, its bound. */
    static String declaredType(VariableDeclarator field, ImportScope scope) {
        return scope.resolveType(field.getType()).or(() -> scope.typeVariableBound(field.getType())).orElse(null);
    }
}
