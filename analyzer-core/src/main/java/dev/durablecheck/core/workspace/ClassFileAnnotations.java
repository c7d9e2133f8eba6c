package dev.durablecheck.core.workspace;

import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.AttributeInfo;
import javassist.bytecode.ClassFile;
import javassist.bytecode.Descriptor;
import javassist.bytecode.MethodInfo;
import javassist.bytecode.annotation.Annotation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The annotations a compiled class carries on itself and on its methods, fully qualified as
 * sources name them. Both the runtime-visible and the runtime-invisible attributes are read: an
 * annotation kept only in the class file says as much about the code as one kept at run time.
 *
 * @param onType the class's own annotations
 * @param onMethods per method with annotations, {@code name/arity} (constructors left out), its annotations
 */
public record ClassFileAnnotations(Set<String> onType, Map<String, Set<String>> onMethods) {

    public static final ClassFileAnnotations NONE = new ClassFileAnnotations(Set.of(), Map.of());

    public ClassFileAnnotations {
        onType = Set.copyOf(onType);
        onMethods = Map.copyOf(onMethods);
    }

    public static ClassFileAnnotations of(ClassFile type) {
        Map<String, Set<String>> onMethods = new HashMap<>();
        for (MethodInfo method : type.getMethods()) {
            if (!method.isMethod()) {
                continue;
            }
            Set<String> annotated = names(method::getAttribute);
            if (!annotated.isEmpty()) {
                // Overloads of one arity share a key, and so does a bridge with the method it bridges: their union.
                onMethods.merge(method.getName() + "/" + Descriptor.numOfParameters(method.getDescriptor()), annotated,
                        ClassFileAnnotations::union);
            }
        }
        return new ClassFileAnnotations(names(type::getAttribute), onMethods);
    }

    private static Set<String> names(Function<String, AttributeInfo> attributes) {
        Set<String> names = new HashSet<>();
        for (String tag : List.of(AnnotationsAttribute.visibleTag, AnnotationsAttribute.invisibleTag)) {
            if (attributes.apply(tag) instanceof AnnotationsAttribute attribute) {
                for (Annotation annotation : attribute.getAnnotations()) {
                    // The binary name of a nested annotation (Outer$Inner) as sources resolve it (Outer.Inner).
                    names.add(annotation.getTypeName().replace('$', '.'));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }
}
