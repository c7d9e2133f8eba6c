package dev.durablecheck.core.workspace;

import javassist.bytecode.ClassFile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entry interfaces that classpath jars declare (a {@code @WorkflowInterface} published in a
 * shared API jar), looked for by simple name: of each jar only its directory is read, and then
 * only the class files with one of the names asked about.
 */
final class JarEntryInterfaces {

    private static final String CLASS_SUFFIX = ".class";

    private JarEntryInterfaces() {
    }

    /**
     * The names of {@code names} under which a class in {@code classpath} carries one of
     * {@code annotations}. An entry that cannot be read is passed over: resolution reports it.
     */
    static Set<String> among(Set<String> names, List<Path> classpath, Set<String> annotations) {
        Set<String> found = new HashSet<>();
        for (Path jar : classpath) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().forEach(entry -> {
                    String simple = simpleName(entry.getName());
                    if (simple != null && names.contains(simple) && !found.contains(simple)
                            && carries(zip, entry, annotations)) {
                        found.add(simple);
                    }
                });
            } catch (IOException | RuntimeException e) {
                // Not a jar, or a damaged one: LibraryTypes names it.
            }
        }
        return found;
    }

    /** The simple name of the class an entry holds ({@code Inner} for {@code a/b/Outer$Inner.class}), or null. */
    private static String simpleName(String entry) {
        if (!entry.endsWith(CLASS_SUFFIX)) {
            return null;
        }
        int start = Math.max(entry.lastIndexOf('/'), entry.lastIndexOf('$')) + 1;
        return entry.substring(start, entry.length() - CLASS_SUFFIX.length());
    }

    private static boolean carries(ZipFile zip, ZipEntry entry, Set<String> annotations) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(zip.getInputStream(entry)))) {
            return ClassFileAnnotations.of(new ClassFile(in)).onType().stream().anyMatch(annotations::contains);
        } catch (IOException | RuntimeException e) {
            // One damaged class file: the rest of the jar is still looked at.
            return false;
        }
    }
}
