package dev.durablecheck.core.run;

import dev.durablecheck.core.config.ConfigurationLoader;
import dev.durablecheck.core.workspace.SourceListing;

import java.nio.file.Files;
import java.nio.file.Path;
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
     * One scope per configuration that governs some Java file of {@code listing}, ordered by the
     * configuration's path (the defaults first); when no Java file is there, the scope of the first
     * named path's nearest configuration, so that a broken configuration is still reported, and
     * with no path at all, the defaults.
     */
    static List<Scope> of(SourceListing listing) {
        ConfigurationScopes scopes = new ConfigurationScopes();
        Set<Optional<Path>> governing = new TreeSet<>(Comparator.comparing((Optional<Path> c) -> c.map(Path::toString).orElse("")));
        Path folder = null;
        for (Path file : listing.files()) {
            // A folder's configuration is looked up once per run of its files in the listing's order.
            if (!file.getParent().equals(folder)) {
                folder = file.getParent();
                governing.add(scopes.nearest(folder));
            }
        }
        List<Path> paths = listing.roots();
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
}
