package dev.durablecheck.core.testsupport;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A library jar built in the test from sources given as text, as a project's {@code --classpath} would hold one. */
public final class CompiledJar {

    private CompiledJar() {
    }

    /**
     * Compiles {@code sources} (path below the source root, text) against {@code classpath} with
     * the JDK's compiler and packs the classes into {@code <dir>/<name>.jar}.
     */
    public static Path of(Path dir, String name, Map<String, String> sources, List<Path> classpath) {
        try {
            Path sourceRoot = Files.createDirectories(dir.resolve(name + "-sources"));
            Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17"));
            if (!classpath.isEmpty()) {
                arguments.add("-classpath");
                arguments.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            }
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceRoot.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            compile(arguments);
            Path jar = dir.resolve(name + ".jar");
            pack(classes, jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(List<String> arguments) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javac failed:\n" + diagnostics.toString(StandardCharsets.UTF_8));
        }
    }

    private static void pack(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream packed = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                packed.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, packed);
                packed.closeEntry();
            }
        }
    }
}
