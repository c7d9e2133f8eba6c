package dev.durablecheck.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The permissions a written report or baseline ends up with: the temporary file it goes through
 * must not leave it readable by its owner only.
 */
class AtomicFileTest {

    @TempDir
    Path dir;

    /**
     * The test cannot know the umask it runs under, so it compares with a file created the ordinary
     * way in the same folder. Under the usual umask 022 that is rw-r--r--, where a temporary file's
     * rw------- would differ.
     */
    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileInItsFolder() throws IOException {
        assumePosix();
        Path ordinary = dir.resolve("ordinary.txt");
        try (OutputStream ignored = Files.newOutputStream(ordinary)) {
            // created empty, with the permissions the umask gives
        }
        Path report = dir.resolve("report.sarif");

        AtomicFile.write(report, out -> out.write("report"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)));
        assertThat(Files.readString(report)).isEqualTo("report");
        assertThat(names()).containsExactlyInAnyOrder("ordinary.txt", "report.sarif");
    }

    /** Narrower than, wider than and read-only under the usual umask: the file's own permissions win. */
    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw-rw-rw-", "r--r--r--"})
    void aReplacedFileKeepsItsPermissions(String permissions) throws IOException {
        assumePosix();
        Path baseline = Files.writeString(dir.resolve("baseline.json"), "previous baseline");
        Files.setPosixFilePermissions(baseline, PosixFilePermissions.fromString(permissions));

        AtomicFile.write(baseline, out -> out.write("new baseline"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(baseline))).isEqualTo(permissions);
        assertThat(Files.readString(baseline)).isEqualTo("new baseline");
        assertThat(names()).containsExactly("baseline.json");
    }

    private void assumePosix() {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "the file system has no POSIX permissions");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
