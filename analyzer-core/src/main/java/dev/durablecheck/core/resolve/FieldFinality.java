package dev.durablecheck.core.resolve;

import javassist.CtClass;
import javassist.NotFoundException;

import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Whether a library field is {@code final}, read from the class that declares it: the JDK's
 * through reflection (without initialising the class), a classpath jar's with Javassist. The
 * symbol solver's field model does not say, and a name built from {@code Locale.ROOT} or
 * {@code Integer.MAX_VALUE} is stable only because those fields are constants. Not thread-safe:
 * {@link LibraryTypes} calls it under its lock.
 */
final class FieldFinality {

    private final JarClasses jars;

    FieldFinality(JarClasses jars) {
        this.jars = jars;
    }

    /** Whether {@code owner.field} is final; empty when the class or the field cannot be read. */
    Optional<Boolean> isFinal(String owner, String field) {
        for (String binary : JarClasses.binaryNames(owner)) {
            Optional<Boolean> fromJdk = fromJdk(binary, field);
            if (fromJdk.isPresent()) {
                return fromJdk;
            }
        }
        return jars.find(owner).flatMap(type -> fromJar(type, field));
    }

    private static Optional<Boolean> fromJdk(String binary, String field) {
        try {
            Class<?> type = Class.forName(binary, false, ClassLoader.getPlatformClassLoader());
            return Optional.of(Modifier.isFinal(type.getDeclaredField(field).getModifiers()));
        } catch (ClassNotFoundException | NoSuchFieldException | LinkageError | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> fromJar(CtClass type, String field) {
        try {
            return Optional.of(javassist.Modifier.isFinal(type.getDeclaredField(field).getModifiers()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
