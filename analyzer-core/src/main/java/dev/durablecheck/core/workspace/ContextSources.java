package dev.durablecheck.core.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Source roots that are read only when the analysis needs them: a type from the file its name
 * implies ({@code com/acme/Orders.java} for {@code com.acme.Orders}), and every file only when a
 * search must see them all. A one-file run over a large source root reads a handful of files.
 */
final class ContextSources {

    private final List<Path> roots;
    private final Predicate<Path> include;
    private final Charset encoding;
    private final Map<Path, Optional<SourceFile>> byPath = new ConcurrentHashMap<>();
    private List<SourceFile> all;

    ContextSources(List<Path> roots, Predicate<Path> include, Charset encoding) {
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).filter(Files::isDirectory).toList();
        this.include = include;
        this.encoding = encoding;
    }

    /** The file in some root that a top-level type's name implies, read on first request. */
    Optional<SourceFile> fileDeclaring(String fqn) {
        String relative = fqn.replace('.', '/') + ".java";
        for (Path root : roots) {
            Optional<SourceFile> found = file(root.resolve(relative));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The file at {@code path}, if it lies in a root and the run includes it. */
    Optional<SourceFile> file(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (roots.stream().noneMatch(absolute::startsWith)) {
            return Optional.empty();
        }
        return byPath.computeIfAbsent(absolute, p -> Files.isRegularFile(p) && include.test(p)
                ? Optional.of(Workspace.read(p, encoding)) : Optional.empty());
    }

    /** Every file of every root, read once, in a stable order. */
    synchronized List<SourceFile> all() {
        if (all == null) {
            List<SourceFile> files = new ArrayList<>();
            for (Path root : roots) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted()
                            .forEach(p -> file(p).ifPresent(files::add));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list the source root " + root, e);
                }
            }
            all = List.copyOf(files);
        }
        return all;
    }
}
