package dev.durablecheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Extracts the Java sources of a zip (a JDK's {@code src.zip}, a sources jar) into a source root: every
 * {@code *.java} entry below a prefix, written without the prefix, so that packages match folders.
 */
final class SourceArchive {

    /** What was extracted. */
    record Extracted(int files, long lines) {
    }

    private SourceArchive() {
    }

    /** Writes every {@code *.java} entry of {@code zip} whose name starts with {@code prefix} below {@code sourceRoot}. */
    static Extracted extract(Path zip, String prefix, Path sourceRoot) throws IOException {
        int files = 0;
        long lines = 0;
        Set<Path> madeDirs = new HashSet<>();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || !name.endsWith(".java")) {
                    continue;
                }
                Path file = sourceRoot.resolve(name.substring(prefix.length())).normalize();
                if (!file.startsWith(sourceRoot)) {
                    throw new IOException("entry " + name + " of " + zip + " lies outside the source root");
                }
                if (madeDirs.add(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                byte[] bytes;
                try (InputStream in = archive.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                Files.write(file, bytes);
                files++;
                lines += lineFeeds(bytes);
            }
        }
        if (files == 0) {
            throw new IOException(zip + " holds no *.java entry below '" + prefix + "'");
        }
        return new Extracted(files, lines);
    }

    private static long lineFeeds(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
