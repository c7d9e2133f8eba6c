package dev.durablecheck.core.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class WorkspaceTest {

    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static List<String> names(Workspace workspace, Path base) {
        return workspace.files().stream().map(f -> base.toAbsolutePath().normalize().relativize(f.path()).toString()).toList();
    }

    @Test
    void findsJavaFilesRecursivelyInSortedOrderAndIgnoresOtherFiles() throws IOException {
        write("src/b/Zeta.java", "package b; class Zeta {}");
        write("src/a/Alpha.java", "package a; class Alpha {}");
        write("src/a/deep/er/Beta.java", "package a.deep.er; class Beta {}");
        write("src/Main.java", "class Main {}");
        write("src/a/notes.txt", "not java");
        write("src/a/Alpha.java.bak", "class Old {}");
        write("src/a/Gamma.JAVA", "class Gamma {}");
        write("src/a/Alpha.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
        Files.createDirectories(root.resolve("src/empty.java")); // a folder named like a source file

        Workspace workspace = Workspace.scan(List.of(root));

        assertThat(names(workspace, root)).containsExactly(
                "src/Main.java", "src/a/Alpha.java", "src/a/deep/er/Beta.java", "src/b/Zeta.java");
        assertThat(workspace.files()).allSatisfy(f -> {
            assertThat(f.path().isAbsolute()).isTrue();
            assertThat(f.isReadable()).isTrue();
            assertThat(f.readProblem()).isNull();
        });
    }

    @Test
    void overlappingAndRelativePathsYieldEachFileOnce() throws IOException {
        Path a = write("src/a/A.java", "package a; class A {}");
        write("src/b/B.java", "package b; class B {}");

        Path weird = root.resolve("src/b/../a/./A.java");
        Workspace workspace = Workspace.scan(List.of(root.resolve("src/b"), root, a, weird));

        assertThat(names(workspace, root)).containsExactly("src/a/A.java", "src/b/B.java");
        assertThat(workspace.files().get(0).path()).isEqualTo(a.toAbsolutePath().normalize());
    }

    @Test
    void aFileGivenExplicitlyIsScannedAlone() throws IOException {
        Path a = write("src/a/A.java", "package a; class A {}");
        write("src/a/B.java", "package a; class B {}");

        Workspace workspace = Workspace.scan(List.of(a));

        assertThat(workspace.files()).extracting(SourceFile::path).containsExactly(a.toAbsolutePath().normalize());
    }

    @Test
    void readsTextAndPackage() throws IOException {
        write("src/com/acme/orders/OrderHandler.java", """
                // licence header
                /* multi
                   line */
                package com.acme.orders ;

                import java.util.List;

                public class OrderHandler {}
                """);

        SourceFile file = Workspace.scan(List.of(root)).files().get(0);

        assertThat(file.packageName()).isEqualTo("com.acme.orders");
        assertThat(file.primaryTypeName()).isEqualTo("com.acme.orders.OrderHandler");
        assertThat(file.text()).contains("public class OrderHandler {}");
    }

    @ParameterizedTest(name = "{0} in package [{1}] declares {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Handler.java        | com.acme   | com.acme.Handler
            Handler.java        | ``         | Handler
            package-info.java   | com.acme   | com.acme.package-info
            Outer.java          | a.b.c.d    | a.b.c.d.Outer
            """)
    void primaryTypeNameFromPackageAndFileName(String fileName, String packageName, String expected) {
        SourceFile file = new SourceFile(Path.of("/src").resolve(fileName), "", null, packageName);

        assertThat(file.primaryTypeName()).isEqualTo(expected);
    }

    @Test
    void indexesFilesByTheTypeTheyConventionallyDeclare() throws IOException {
        write("src/com/acme/OrderHandler.java", "package com.acme;\npublic class OrderHandler {}\n");
        write("src/Default.java", "class Default {}\n");
        write("src/com/acme/util/Misplaced.java", "package com.acme.elsewhere;\nclass Misplaced {}\n");

        Workspace workspace = Workspace.scan(List.of(root));

        assertThat(workspace.fileDeclaring("com.acme.OrderHandler")).map(SourceFile::path)
                .contains(root.resolve("src/com/acme/OrderHandler.java").toAbsolutePath().normalize());
        assertThat(workspace.fileDeclaring("Default")).isPresent();
        // the declared package counts, not the folder
        assertThat(workspace.fileDeclaring("com.acme.elsewhere.Misplaced")).isPresent();
        assertThat(workspace.fileDeclaring("com.acme.util.Misplaced")).isEmpty();
        assertThat(workspace.fileDeclaring("com.acme.Missing")).isEmpty();
    }

    @Test
    void aSecondTopLevelTypeIsFoundInTheFileThatDeclaresIt() throws IOException {
        write("src/com/acme/Primary.java", "package com.acme;\npublic class Primary {}\nfinal class Secondary {}\nrecord Pair(int a) {}\n");

        Workspace workspace = Workspace.scan(List.of(root));

        Path primary = root.resolve("src/com/acme/Primary.java").toAbsolutePath().normalize();
        assertThat(workspace.fileDeclaring("com.acme.Secondary")).map(SourceFile::path).contains(primary);
        assertThat(workspace.fileDeclaring("com.acme.Pair")).map(SourceFile::path).contains(primary);
        assertThat(workspace.fileDeclaring("com.acme.Tertiary")).isEmpty();
    }

    @Test
    void stripsAByteOrderMark() throws IOException {
        byte[] text = "package demo;\nclass A {}\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        write("src/demo/A.java", withBom);

        SourceFile file = Workspace.scan(List.of(root)).files().get(0);

        assertThat(file.text()).isEqualTo("package demo;\nclass A {}\n");
        assertThat(file.packageName()).isEqualTo("demo");
    }

    @Test
    void decodesInvalidUtf8AsLatin1() throws IOException {
        byte[] bytes = "package demo;\n// caf\u00E9\nclass A { long t = 1; }\n".getBytes(StandardCharsets.ISO_8859_1);
        write("src/demo/A.java", bytes);

        SourceFile file = Workspace.scan(List.of(root)).files().get(0);

        assertThat(file.isReadable()).isTrue();
        assertThat(file.text()).hasSize(bytes.length).contains("caf\u00E9");
        assertThat(file.packageName()).isEqualTo("demo");
    }

    @Test
    void aMissingPathIsReportedAsUnreadable() {
        Path missing = root.resolve("gone/Missing.java");

        Workspace workspace = Workspace.scan(List.of(missing));

        assertThat(workspace.files()).hasSize(1);
        SourceFile file = workspace.files().get(0);
        assertThat(file.isReadable()).isFalse();
        assertThat(file.text()).isNull();
        assertThat(file.readProblem()).contains("NoSuchFileException");
        assertThat(file.packageName()).isEmpty();
        assertThat(workspace.fileDeclaring("Missing")).as("unreadable files are not indexed").isEmpty();
    }

    @Test
    void anUnreadableFileIsKeptWithItsProblem() throws IOException {
        Path secret = write("src/demo/Secret.java", "package demo; class Secret {}");
        write("src/demo/Open.java", "package demo; class Open {}");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(secret), "running with privileges that ignore file permissions (root)");

            Workspace workspace = Workspace.scan(List.of(root));

            assertThat(names(workspace, root)).containsExactly("src/demo/Open.java", "src/demo/Secret.java");
            SourceFile unreadable = workspace.files().get(1);
            assertThat(unreadable.isReadable()).isFalse();
            assertThat(unreadable.readProblem()).contains("AccessDeniedException");
            assertThat(workspace.fileDeclaring("demo.Secret")).isEmpty();
            assertThat(workspace.fileDeclaring("demo.Open")).isPresent();
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void filesListIsUnmodifiable() throws IOException {
        write("src/A.java", "class A {}");
        Workspace workspace = Workspace.scan(List.of(root));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workspace.files().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
