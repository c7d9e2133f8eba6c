package dev.durablecheck.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file through a temporary file in the same folder and a move, so that a failed or
 * interrupted run leaves the previous file as it was and never a half-written one.
 */
public final class AtomicFile {

    /** What writes the content. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        } catch (FileSystemException e) {
            throw new IOException("cannot create a file in " + folder + ": " + reason(e), e);
        }
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw new IOException(reason(e), e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file system's reason; an access refusal carries none, only the path. */
    private static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    }
}
