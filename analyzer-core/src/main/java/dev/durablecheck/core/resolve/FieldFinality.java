package dev.durablecheck.core.resolve;

import javassist.ClassPool;
import javassist.CtClass;
import javassist.NotFoundException;

import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a library field is {@code final}, read from the class that declares it: the JDK's
 * through reflection (without initialising the class), a classpath jar's with Javassist. The
 * symbol solver's field model does not say, and a name built from {@code Locale.ROOT} or
 * {@code Integer.MAX_VALUE} is stable only because those fields are constants. Not thread-safe:
 * {@link LibraryTypes} calls it under its lock.
 */
final class FieldFinality {

    private final ClassPool jars = new ClassPool(false);

    FieldFinality(List<Path> classpath) {
        for (Path entry : classpath) {
            try {
                jars.appendClassPath(entry.toString());
            } catch (NotFoundException e) {
                // LibraryTypes reports an unusable entry; its fields stay of unknown finality.
            }
        }
    }

    /** Whether {@code owner.field} is final; empty when the class or the field cannot be read. */
    Optional<Boolean> isFinal(String owner, String field) {
        for (String binary : binaryNames(owner)) {
            Optional<Boolean> fromJdk = fromJdk(binary, field);
            if (fromJdk.isPresent()) {
                return fromJdk;
            }
            CtClass type = jars.getOrNull(binary);
            if (type != null) {
                try {
                    return Optional.of(javassist.Modifier.isFinal(type.getDeclaredField(field).getModifiers()));
                } catch (NotFoundException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Boolean> fromJdk(String binary, String field) {
        try {
            Class<?> type = Class.forName(binary, false, ClassLoader.getPlatformClassLoader());
            return Optional.of(Modifier.isFinal(type.getDeclaredField(field).getModifiers()));
        } catch (ClassNotFoundException | NoSuchFieldException | LinkageError | SecurityException e) {
            return Optional.empty();
        }
    }

    /** {@code a.b.Outer.Inner} may be the class {@code a.b.Outer$Inner}: each reading, the name as written first. */
    private static List<String> binaryNames(String fqn) {
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
