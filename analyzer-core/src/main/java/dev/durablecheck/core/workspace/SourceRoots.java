package dev.durablecheck.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source roots of files named on their own: the folder that a file's {@code package}
 * declaration says it lies under, and in a standard Maven layout its sibling root
 * ({@code src/main/java} next to {@code src/test/java}).
 */
public final class SourceRoots {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    private SourceRoots() {
    }

    /** The roots of the named files among {@code paths}; folders need none. */
    public static List<Path> inferFor(List<Path> paths) {
        Set<Path> roots = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                rootOf(path).ifPresent(root -> {
                    roots.add(root);
                    sibling(root).ifPresent(roots::add);
                });
            }
        }
        return new ArrayList<>(roots);
    }

    /** The folder the file's package declaration places it under, when its folders match the package. */
    static Optional<Path> rootOf(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        String packageName;
        try {
            Matcher m = PACKAGE.matcher(SourceDecoder.decode(Files.readAllBytes(file)));
            packageName = m.find() ? m.group(1) : "";
        } catch (IOException e) {
            return Optional.empty();
        }
        if (packageName.isEmpty()) {
            return Optional.ofNullable(folder);
        }
        String[] parts = packageName.split("\\.");
        Path root = folder;
        for (int i = parts.length - 1; i >= 0; i--) {
            if (root == null || root.getFileName() == null || !root.getFileName().toString().equals(parts[i])) {
                return Optional.empty();
            }
            root = root.getParent();
        }
        return Optional.ofNullable(root);
    }

    private static Optional<Path> sibling(Path root) {
        if (root.endsWith(Path.of("src", "main", "java"))) {
            return existing(root.getParent().getParent().resolve("test").resolve("java"));
        }
        if (root.endsWith(Path.of("src", "test", "java"))) {
            return existing(root.getParent().getParent().resolve("main").resolve("java"));
        }
        return Optional.empty();
    }

    private static Optional<Path> existing(Path folder) {
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }
}
