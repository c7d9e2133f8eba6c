package dev.durablecheck.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The source files the includes and excludes globs select. A glob is matched against a file's path
 * relative to its source root, as PMD's and Checkstyle's are ({@code com/acme/orders/**}), and
 * against its path relative to the module folder ({@code src/main/java/com/acme/orders/**}); a
 * leading {@code **}{@code /} also matches no folder at all, as in Ant.
 */
final class SourceSelection {

    /**
     * @param paths the roots themselves when no glob is given, else the selected Java files
     * @param problem set when globs are given and select none of the module's Java files
     */
    record Selected(List<Path> paths, Optional<String> problem) {
    }

    private SourceSelection() {
    }

    static Selected select(List<Path> roots, Path basedir, List<String> includes, List<String> excludes) {
        if (includes.isEmpty() && excludes.isEmpty()) {
            return new Selected(roots, Optional.empty());
        }
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        Path module = basedir.toAbsolutePath().normalize();
        List<Path> selected = new ArrayList<>();
        int javaFiles = 0;
        for (Path root : roots) {
            Path absoluteRoot = root.toAbsolutePath().normalize();
            for (Path file : javaFiles(absoluteRoot)) {
                javaFiles++;
                List<Path> forms = List.of(absoluteRoot.relativize(file), module.relativize(file));
                boolean included = in.isEmpty() || forms.stream().anyMatch(f -> matches(in, f));
                if (included && forms.stream().noneMatch(f -> matches(out, f))) {
                    selected.add(file);
                }
            }
        }
        Optional<String> problem = selected.isEmpty() && javaFiles > 0
                ? Optional.of("includes " + includes + " and excludes " + excludes + " select none of the module's "
                        + javaFiles + " Java files, so nothing was analysed; globs are relative to a source root"
                        + " (com/acme/**/*.java) or to the module folder (src/main/java/com/acme/**)")
                : Optional.empty();
        return new Selected(selected, problem);
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            String pattern = glob.strip().replace('\\', '/');
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            if (pattern.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
            }
        }
        return matchers;
    }
}
