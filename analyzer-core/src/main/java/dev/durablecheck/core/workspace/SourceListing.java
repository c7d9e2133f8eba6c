package dev.durablecheck.core.workspace;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java files at or below the paths a run names, in a stable order, found by one walk: the
 * configuration scopes and the workspace both start from it. A file named on its own is listed
 * whatever its name; a folder or file that cannot be listed is listed as unreadable.
 */
public final class SourceListing {

    private final List<Path> roots;
    /** Absolute, normal paths; null marks a file to read, anything else one known unreadable. */
    private final Map<Path, SourceFile> entries;

    private SourceListing(List<Path> roots, Map<Path, SourceFile> entries) {
        this.roots = roots;
        this.entries = entries;
    }

    /** Walks {@code paths}, existing files or folders. */
    public static SourceListing of(List<Path> paths) {
        Map<Path, SourceFile> found = new TreeMap<>();
        for (Path root : paths) {
            Path start = root.toAbsolutePath().normalize();
            if (Files.isDirectory(start)) {
                walk(start, found);
            } else if (!found.containsKey(start)) {
                found.put(start, null);
            }
        }
        return new SourceListing(List.copyOf(paths), Collections.unmodifiableMap(found));
    }

    /** The paths as named. */
    public List<Path> roots() {
        return roots;
    }

    /** The files found that can be read, absolute and normal, in order. */
    public List<Path> files() {
        return entries.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
    }

    /** A copy of what was found, to filter: a file to read maps to null. */
    Map<Path, SourceFile> entries() {
        return new TreeMap<>(entries);
    }

    /**
     * Walks the folder {@code start}. A folder named through a symlink is walked at its target,
     * because the walk follows no links, and its files keep the names the user gave.
     */
    private static void walk(Path start, Map<Path, SourceFile> found) {
        Path walked;
        try {
            walked = Files.isSymbolicLink(start) ? start.toRealPath() : start;
        } catch (IOException e) {
            found.put(start, Workspace.unreadable(start, e));
            return;
        }
        try {
            Files.walkFileTree(walked, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
                        found.putIfAbsent(named(file), null);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A folder that cannot be listed hides its files, so it is reported like an unreadable file.
                    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                            || file.getFileName() != null && file.getFileName().toString().endsWith(".java")) {
                        found.put(named(file), Workspace.unreadable(named(file), e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                private Path named(Path file) {
                    // The walk's own names are already absolute and normal unless it went through a link.
                    return walked == start ? file : start.resolve(walked.relativize(file)).normalize();
                }
            });
        } catch (IOException e) {
            found.put(start, Workspace.unreadable(start, e));
        }
    }
}
