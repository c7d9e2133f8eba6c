package dev.durablecheck.core.workspace;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java files below the analysed paths, read once, with an index from the type name each file
 * conventionally declares to the file, so that resolution can find project types without parsing
 * every file.
 */
public final class Workspace {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    /**
     * Larger files are not read: no hand-written source comes near it, and a candidate of even
     * 10 MB takes most of the per-file time budget to parse.
     */
    private static final long MAX_FILE_BYTES = 64L << 20;

    private final List<SourceFile> files;
    private final Map<Path, SourceOutline> outlines;
    private final ContextSources context;
    private final Charset encoding;
    private final Map<String, SourceFile> byTypeName;
    private final Map<Path, SourceFile> byPath;

    private Workspace(List<SourceFile> files, Map<Path, SourceOutline> outlines, ContextSources context, Charset encoding) {
        this.files = List.copyOf(files);
        this.outlines = outlines;
        this.context = context;
        this.encoding = encoding;
        this.byPath = new HashMap<>();
        this.byTypeName = new HashMap<>();
        for (SourceFile f : files) {
            byPath.put(f.path(), f);
            if (f.isReadable()) {
                byTypeName.putIfAbsent(f.primaryTypeName(), f);
            }
        }
        // A file may declare more top-level types than the one it is named after.
        for (SourceFile f : files) {
            for (String declared : outlineOf(f).declaredTypes()) {
                byTypeName.putIfAbsent(f.packageName().isEmpty() ? declared : f.packageName() + "." + declared, f);
            }
        }
    }

    /** {@code analysed} with other context sources: its indexes are shared, never changed after they are built. */
    private Workspace(Workspace analysed, ContextSources context) {
        this.files = analysed.files;
        this.outlines = analysed.outlines;
        this.context = context;
        this.encoding = analysed.encoding;
        this.byPath = analysed.byPath;
        this.byTypeName = analysed.byTypeName;
    }

    /**
     * Collects every {@code *.java} file at or below {@code paths}, in a stable order.
     *
     * @param paths existing files or folders
     */
    public static Workspace scan(List<Path> paths) {
        return scan(paths, file -> true);
    }

    /**
     * Collects the files at or below {@code paths} that {@code include} accepts, and reads them and
     * outlines their text on every core.
     */
    public static Workspace scan(List<Path> paths, Predicate<Path> include) {
        return scan(paths, include, StandardCharsets.UTF_8);
    }

    /** As {@link #scan(List, Predicate)}, for sources written in {@code encoding}. */
    public static Workspace scan(List<Path> paths, Predicate<Path> include, Charset encoding) {
        return scan(SourceListing.of(paths), include, encoding);
    }

    /** The files of {@code listing} that {@code include} accepts, read in {@code encoding}. */
    public static Workspace scan(SourceListing listing, Predicate<Path> include, Charset encoding) {
        Map<Path, SourceFile> found = listing.entries();
        found.keySet().removeIf(file -> !include.test(file));
        List<Path> pending = found.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        record Outlined(SourceFile file, SourceOutline outline) {
        }
        List<Outlined> read = pending.parallelStream().map(file -> {
            SourceFile source = read(file, encoding);
            return new Outlined(source, source.isReadable() ? SourceOutline.of(source.text()) : SourceOutline.EMPTY);
        }).toList();
        Map<Path, SourceOutline> outlines = new HashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            found.put(pending.get(i), read.get(i).file());
            outlines.put(pending.get(i), read.get(i).outline());
        }
        return new Workspace(new ArrayList<>(found.values()), outlines, new ContextSources(List.of(), include, encoding),
                encoding);
    }

    /**
     * This workspace with source roots that resolution and call-following may read, on demand,
     * without analysing them: the rest of a file's source root, a sibling module.
     */
    public Workspace withContext(List<Path> roots, Predicate<Path> include) {
        return new Workspace(this, new ContextSources(roots, include, encoding));
    }

    static SourceFile read(Path file, Charset encoding) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new SourceFile(file, null, "file too large (" + (size >> 20) + " MB; the limit is "
                        + (MAX_FILE_BYTES >> 20) + " MB)", "");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (SourceDecoder.isBinary(bytes)) {
                return new SourceFile(file, null, "binary content (it holds NUL bytes), not Java source", "");
            }
            SourceDecoder.Decoded decoded = SourceDecoder.decodeWithCharset(bytes, encoding);
            Matcher m = PACKAGE.matcher(decoded.text());
            String note = decoded.fallback() ? "not valid " + encoding.name() + "; read as ISO-8859-1, so positions are right but "
                    + "non-ASCII characters may show wrongly in messages" : null;
            return new SourceFile(file, decoded.text(), null, m.find() ? m.group(1) : "", note);
        } catch (IOException | RuntimeException e) {
            return unreadable(file, e);
        }
    }

    static SourceFile unreadable(Path file, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new SourceFile(file, null, reason, "");
    }

    /** The file at {@code path}, analysed or context, if the run includes it. */
    public Optional<SourceFile> file(Path path) {
        SourceFile analysed = byPath.get(path.toAbsolutePath().normalize());
        return analysed != null ? Optional.of(analysed) : context.file(path);
    }

    /** The analysed files and every file of the context roots, for searches that must see them all. */
    public List<SourceFile> searchableFiles() {
        List<SourceFile> context = this.context.all();
        if (context.isEmpty()) {
            return files;
        }
        List<SourceFile> all = new ArrayList<>(files);
        context.stream().filter(f -> !byPath.containsKey(f.path())).forEach(all::add);
        return all;
    }

    /** What a file's text shows of the types it declares and extends; read once for the analysed files. */
    public SourceOutline outlineOf(SourceFile file) {
        SourceOutline known = outlines.get(file.path());
        if (known != null) {
            return known;
        }
        return file.isReadable() ? SourceOutline.of(file.text()) : SourceOutline.EMPTY;
    }

    public List<SourceFile> files() {
        return Collections.unmodifiableList(files);
    }

    /**
     * The file that declares the top-level type {@code fqn}: among the analysed files the one named
     * after it or another of its package that mentions its declaration; else the file of a
     * context root that its name implies.
     */
    public Optional<SourceFile> fileDeclaring(String fqn) {
        SourceFile analysed = byTypeName.get(fqn);
        return analysed != null ? Optional.of(analysed) : context.fileDeclaring(fqn);
    }
}
