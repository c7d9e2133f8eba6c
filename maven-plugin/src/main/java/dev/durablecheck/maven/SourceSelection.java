package dev.durablecheck.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The source files the includes and excludes globs select, relative to the module folder. */
final class SourceSelection {

    private SourceSelection() {
    }

    /** The roots themselves when no glob is given, otherwise the Java files under them that the globs select. */
    static List<Path> select(List<Path> roots, Path basedir, List<String> includes, List<String> excludes) {
        if (includes.isEmpty() && excludes.isEmpty()) {
            return roots;
        }
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> out = matchers(excludes);
        List<Path> selected = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().forEach(f -> {
                    Path relative = basedir.toAbsolutePath().relativize(f.toAbsolutePath());
                    boolean included = in.isEmpty() || in.stream().anyMatch(m -> m.matches(relative));
                    if (included && out.stream().noneMatch(m -> m.matches(relative))) {
                        selected.add(f);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        return selected;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }
}
