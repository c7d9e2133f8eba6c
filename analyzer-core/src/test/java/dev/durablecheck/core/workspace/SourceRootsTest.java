package dev.durablecheck.core.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRootsTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theRootIsWhereThePackageDeclarationPlacesTheFile() throws IOException {
        Path file = write("service/src/main/java/com/acme/orders/OrderHandler.java", "package com.acme.orders;\nclass OrderHandler {}\n");

        assertThat(SourceRoots.inferFor(List.of(file))).containsExactly(dir.resolve("service/src/main/java").toAbsolutePath());
    }

    @Test
    void theSiblingRootOfAStandardMavenLayoutComesToo() throws IOException {
        Path main = write("src/main/java/com/acme/A.java", "package com.acme;\nclass A {}\n");
        write("src/test/java/com/acme/ATest.java", "package com.acme;\nclass ATest {}\n");

        assertThat(SourceRoots.inferFor(List.of(main))).containsExactly(
                dir.resolve("src/main/java").toAbsolutePath(), dir.resolve("src/test/java").toAbsolutePath());
        Path test = dir.resolve("src/test/java/com/acme/ATest.java");
        assertThat(SourceRoots.inferFor(List.of(test))).containsExactly(
                dir.resolve("src/test/java").toAbsolutePath(), dir.resolve("src/main/java").toAbsolutePath());
    }

    @Test
    void aFileInTheDefaultPackageHasItsFolderAsRoot() throws IOException {
        Path file = write("scratch/Handler.java", "class Handler {}\n");

        assertThat(SourceRoots.inferFor(List.of(file))).containsExactly(dir.resolve("scratch").toAbsolutePath());
    }

    @Test
    void aFileWhoseFoldersDoNotMatchItsPackageGivesNoRoot() throws IOException {
        Path file = write("misplaced/Handler.java", "package com.acme.orders;\nclass Handler {}\n");

        assertThat(SourceRoots.inferFor(List.of(file))).isEmpty();
    }

    @Test
    void foldersNeedNoRoot() {
        assertThat(SourceRoots.inferFor(List.of(dir))).isEmpty();
    }
}
