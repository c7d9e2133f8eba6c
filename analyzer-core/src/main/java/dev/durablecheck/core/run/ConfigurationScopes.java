package dev.durablecheck.core.run;

import dev.durablecheck.core.config.ConfigurationLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Which configuration file governs each analysed file: the nearest {@code durable-check.json} in
 * its folder or above, as ESLint and ruff find theirs. So the findings of a file do not depend on
 * which other paths are named, or in which order.
 */
final class ConfigurationScopes {

    /** The files a configuration governs; an empty file means none governs them (the defaults). */
    record Scope(Optional<Path> configFile, Predicate<Path> files) {
    }

    private final Map<Path, Optional<Path>> nearestByFolder = new ConcurrentHashMap<>();

    private ConfigurationScopes() {
    }

    /**
     * One scope per configuration that governs some Java file at or below {@code paths}, ordered
     * by the configuration's path (the defaults first); when no Java file is there, the scope of the
     * first path's nearest configuration, so that a broken configuration is still reported, and with
     * no path at all, the defaults.
     */
    static List<Scope> of(List<Path> paths) {
        ConfigurationScopes scopes = new ConfigurationScopes();
        Set<Optional<Path>> governing = new TreeSet<>(Comparator.comparing((Optional<Path> c) -> c.map(Path::toString).orElse("")));
        for (Path path : paths) {
            Path start = path.toAbsolutePath().normalize();
            for (Path file : javaFiles(start)) {
                governing.add(scopes.governing(file));
            }
        }
        if (governing.isEmpty() && !paths.isEmpty()) {
            Path first = paths.get(0).toAbsolutePath().normalize();
            governing.add(scopes.nearest(Files.isDirectory(first) ? first : first.getParent()));
        }
        if (governing.isEmpty()) {
            return List.of(new Scope(Optional.empty(), file -> true));
        }
        if (governing.size() == 1) {
            return List.of(new Scope(governing.iterator().next(), file -> true));
        }
        // A file the walk did not see (a folder it could not list) still belongs to some scope: the first.
        Optional<Path> first = governing.iterator().next();
        return governing.stream()
                .map(config -> new Scope(config, file -> {
                    Optional<Path> its = scopes.governing(file);
                    return its.equals(config) || (config.equals(first) && !governing.contains(its));
                }))
                .toList();
    }

    private Optional<Path> governing(Path file) {
        return nearest(file.toAbsolutePath().normalize().getParent());
    }

    private Optional<Path> nearest(Path folder) {
        if (folder == null) {
            return Optional.empty();
        }
        Optional<Path> known = nearestByFolder.get(folder);
        if (known != null) {
            return known;
        }
        Path candidate = folder.resolve(ConfigurationLoader.FILE_NAME);
        Optional<Path> found = Files.isRegularFile(candidate) ? Optional.of(candidate) : nearest(folder.getParent());
        nearestByFolder.put(folder, found);
        return found;
    }

    private static List<Path> javaFiles(Path start) {
        if (!Files.isDirectory(start)) {
            return List.of(start);
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.toString().endsWith(".java")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // The workspace reports what cannot be read; here it only decides no scope.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + start, e); // the visitor skips every failure
        }
        return files;
    }
}
