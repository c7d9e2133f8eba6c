package dev.durablecheck.core;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The run itself ran out of heap, outside any one file's analysis (which would make only that file
 * {@code analysis-incomplete}): nothing can be reported, and the user needs to know which file the
 * run was on and how to give it more memory.
 */
public final class RunOutOfMemory extends RuntimeException {

    private final transient Optional<Path> lastFile;

    RunOutOfMemory(Optional<Path> lastFile, OutOfMemoryError cause) {
        super("out of memory" + lastFile.map(f -> " after starting " + f).orElse(" before any file was analysed"), cause);
        this.lastFile = lastFile;
    }

    /** The last file whose analysis had started, if any. */
    public Optional<Path> lastFile() {
        return lastFile;
    }
}
