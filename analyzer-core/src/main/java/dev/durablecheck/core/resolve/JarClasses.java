package dev.durablecheck.core.resolve;

import javassist.ClassPool;
import javassist.CtClass;
import javassist.NotFoundException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The classes of the classpath jars as Javassist reads them, for what the symbol solver's model
 * of a library type leaves out (field modifiers, annotations). Not thread-safe: {@link LibraryTypes}
 * uses it under its lock.
 */
final class JarClasses {

    /** Without the JVM's own classes: the JDK is read through reflection. */
    private final ClassPool pool = new ClassPool(false);

    JarClasses(List<Path> classpath) {
        for (Path entry : classpath) {
            try {
                pool.appendClassPath(entry.toString());
            } catch (NotFoundException e) {
                // LibraryTypes reports an unusable entry; its classes stay unread.
            }
        }
    }

    /** The class {@code fqn} as the first jar that holds it has it; empty when none does. */
    Optional<CtClass> find(String fqn) {
        for (String binary : binaryNames(fqn)) {
            CtClass type = pool.getOrNull(binary);
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** {@code a.b.Outer.Inner} may be the class {@code a.b.Outer$Inner}: each reading, the name as written first. */
    static List<String> binaryNames(String fqn) {
        List<String> names = new ArrayList<>();
        String name = fqn;
        names.add(name);
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.')) {
            String enclosing = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot);
            if (enclosing.isEmpty() || !Character.isUpperCase(enclosing.charAt(0))) {
                break;
            }
            name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            names.add(name);
        }
        return names;
    }
}
