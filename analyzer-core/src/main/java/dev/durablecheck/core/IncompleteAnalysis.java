package dev.durablecheck.core;

import com.github.javaparser.ast.CompilationUnit;
import dev.durablecheck.core.rule.RuleDescriptor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The built-in id under which a durable file whose analysis could not complete is reported, so
 * that a gate fails closed: a file that was not checked is never read as a file without bugs.
 */
public final class IncompleteAnalysis {

    public static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("analysis-incomplete", Severity.ERROR,
            "A durable file whose analysis could not complete, so its replay bugs were not checked", "Built-in");

    /**
     * Stands in for the offending expression in fingerprints, which are then the rule and the file
     * alone: the message names budgets that users change, and whether the tree is known varies.
     */
    private static final String FINGERPRINT_TEXT = "analysis-incomplete";

    private IncompleteAnalysis() {
    }

    /**
     * The finding for {@code file}, at its primary type's declaration when its tree is known, else
     * at line 1.
     *
     * @param reason what happened, e.g. "the analysis did not finish within the 60 s budget"
     * @param advice what the user can do about it
     */
    static Finding finding(Path file, Optional<CompilationUnit> tree, String reason, String advice) {
        TextRange range = tree.flatMap(IncompleteAnalysis::primaryTypeName).orElse(new TextRange(1, 1, 1, 1));
        String message = reason + ", so this file's replay bugs were not checked; " + advice;
        return new Finding(DESCRIPTOR.id(), DESCRIPTOR.severity(), file, range, message, "", FINGERPRINT_TEXT, List.of());
    }

    private static Optional<TextRange> primaryTypeName(CompilationUnit unit) {
        return unit.getPrimaryType().or(() -> unit.getTypes().stream().findFirst())
                .map(type -> TextRange.of(type.getName()));
    }
}
