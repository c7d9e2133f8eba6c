package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What the dotted name before {@code ::} denotes. JavaParser cannot tell a type from a value there
 * and parses {@code logger::info} and {@code System.out::println} like {@code String::trim}, as a
 * type; so the name is resolved here the way the compiler reads an ambiguous name: a variable in
 * scope first, then a type, and the rest of the name as fields read from it.
 */
public final class MethodReferenceScope {

    private MethodReferenceScope() {
    }

    /**
     * @param type the fully qualified type whose method the reference names
     * @param isType whether the name is a type ({@code Type::method}) rather than a value
     * @param field the field the name reads last ({@code out} of {@code System.out}), if it reads one
     */
    public record Receiver(String type, boolean isType, Optional<Binding.Field> field) {
    }

    /** The receiver of a reference whose scope is a name; empty for other scopes and for names that do not resolve. */
    public static Optional<Receiver> of(MethodReferenceExpr reference, FileResolver resolver) {
        if (!(reference.getScope() instanceof TypeExpr scope) || !(scope.getType() instanceof ClassOrInterfaceType named)) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (ClassOrInterfaceType t = named; t != null; t = t.getScope().orElse(null)) {
            segments.addFirst(t.getNameAsString());
        }
        Optional<Binding> variable = resolver.bindingOf(segments.getFirst(), reference);
        if (variable.isPresent()) {
            segments.removeFirst();
            Optional<Binding.Field> field = variable.filter(Binding.Field.class::isInstance).map(Binding.Field.class::cast);
            return resolver.typeOfBinding(variable.get())
                    .flatMap(type -> fieldsOf(new Receiver(type, false, field), segments, resolver));
        }
        StringBuilder typeName = new StringBuilder();
        while (!segments.isEmpty()) {
            typeName.append(typeName.length() == 0 ? "" : ".").append(segments.removeFirst());
            Optional<String> type = resolver.scope().resolveType(typeName.toString(), reference);
            if (type.isPresent() && (segments.isEmpty() || !resolver.types().exists(type.get() + "." + segments.getFirst()))) {
                return fieldsOf(new Receiver(type.get(), true, Optional.empty()), segments, resolver);
            }
        }
        return Optional.empty();
    }

    /**
     * What a reference to a library method accesses, for rules to judge like a call: the field its
     * receiver name reads last ({@code System.out}), if a field declared somewhere known, and the
     * method, whose overload is unknown. Constructor references are left out: {@code Random::new}
     * may stand for a seeded creation.
     */
    public static List<MemberTarget> libraryTargets(MethodReferenceExpr reference, FileResolver resolver) {
        if (reference.getIdentifier().equals("new")) {
            return List.of();
        }
        List<MemberTarget> targets = new ArrayList<>();
        of(reference, resolver).ifPresent(receiver -> {
            receiver.field().filter(f -> f.declaringType() != null).ifPresent(f -> targets.add(new MemberTarget(
                    MemberTarget.Kind.FIELD, f.declaringType(), f.summary().name(), List.of(), f.summary().isStatic())));
            targets.add(new MemberTarget(MemberTarget.Kind.METHOD_REFERENCE, receiver.type(), reference.getIdentifier(),
                    List.of(), receiver.isType()));
        });
        return targets;
    }

    /** The receiver after reading the fields {@code names} in turn, starting from {@code start}. */
    private static Optional<Receiver> fieldsOf(Receiver start, Deque<String> names, FileResolver resolver) {
        Receiver receiver = start;
        for (String name : names) {
            Optional<KnownTypes.FieldOwner> field = resolver.types().field(receiver.type(), name);
            if (field.isEmpty() || field.get().field().type() == null) {
                return Optional.empty();
            }
            receiver = new Receiver(field.get().field().type(), false, Optional.of(
                    new Binding.Field(field.get().declaringType(), field.get().field(), null, false)));
        }
        return Optional.of(receiver);
    }
}
