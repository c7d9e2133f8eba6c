package dev.durablecheck.core.workspace;

import java.nio.file.Path;

/**
 * One Java source file of the workspace.
 *
 * @param path absolute, normalised path
 * @param text the file's content, or {@code null} when it could not be read
 * @param readProblem why the file could not be read, or {@code null}
 * @param packageName the package its {@code package} line declares, {@code ""} for none
 * @param decodingNote how the text was decoded when that is worth telling (a fallback), or {@code null}
 */
public record SourceFile(Path path, String text, String readProblem, String packageName, String decodingNote) {

    public SourceFile(Path path, String text, String readProblem, String packageName) {
        this(path, text, readProblem, packageName, null);
    }

    public boolean isReadable() {
        return text != null;
    }

    /** The name of the type a file of this name conventionally declares, qualified by its package. */
    public String primaryTypeName() {
        String file = path.getFileName().toString();
        String simple = file.substring(0, file.length() - ".java".length());
        return packageName.isEmpty() ? simple : packageName + "." + simple;
    }
}
