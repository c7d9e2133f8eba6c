package dev.durablecheck.core.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report file through a temporary file in the same folder and a move, so that a failed or
 * interrupted run leaves the previous file as it was and never a half-written one.
 *
 * <p>Reports and baselines are committed and uploaded like any other file, so they get the
 * permissions any file the user creates gets (the umask decides), and a replaced file keeps its own.
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
        Path temporary = createTemporary(folder, absolute.getFileName());
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            keepPermissions(absolute, temporary);
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

    /**
     * Created as a plain new file, so that the umask sets its permissions: {@code Files.createTempFile}
     * would make it readable by its owner only. Creation fails rather than reuse an existing name.
     */
    private static Path createTemporary(Path folder, Path name) throws IOException {
        while (true) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(folder.resolve("." + name + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // Another writer's temporary file: draw another name.
            } catch (FileSystemException e) {
                throw new IOException("cannot create a file in " + folder + ": " + reason(e), e);
            }
        }
    }

    /** A file being replaced keeps its permissions; without POSIX permissions there are none to keep. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = view.readAttributes().permissions();
        } catch (NoSuchFileException e) {
            return; // a new file: the umask has decided
        }
        Files.setPosixFilePermissions(temporary, permissions);
    }

    /** The file system's reason; an access refusal carries none, only the path. */
    private static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    }
}
