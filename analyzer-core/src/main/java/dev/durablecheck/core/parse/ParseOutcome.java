package dev.durablecheck.core.parse;

import com.github.javaparser.ast.CompilationUnit;
import dev.durablecheck.core.workspace.SourceFile;

import java.util.Optional;

/**
 * The result of parsing one file: its syntax tree, or where and why parsing failed.
 *
 * @param unit the tree, or {@code null} when the file could not be read or parsed
 * @param problem the reason, or {@code null} on success
 * @param line 1-based line of the problem
 * @param column 1-based column of the problem
 */
public record ParseOutcome(SourceFile file, CompilationUnit unit, String problem, int line, int column) {

    public Optional<CompilationUnit> tree() {
        return Optional.ofNullable(unit);
    }
}
