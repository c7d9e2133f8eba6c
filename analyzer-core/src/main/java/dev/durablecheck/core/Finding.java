package dev.durablecheck.core;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * One reported problem.
 *
 * @param file absolute path of the file
 * @param range the offending expression
 * @param message what happens on replay and how to fix it
 * @param enclosingMember the method, constructor or type the expression lies in, for fingerprints
 * @param expression the offending expression as written, on one line without comments, for
 *     fingerprints that survive edits elsewhere in the file
 * @param chain calls from the reported call site down to the offending call; empty when the
 *     offending call is the reported one
 */
public record Finding(String ruleId, Severity severity, Path file, TextRange range, String message,
                      String enclosingMember, String expression, List<CallHop> chain) {

    /** Output order: by file, position, rule, then message, so that runs are byte-identical. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file().toString())
            .thenComparingInt(f -> f.range().beginLine())
            .thenComparingInt(f -> f.range().beginColumn())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        chain = List.copyOf(chain);
    }

    /** This finding with another severity, as configuration sets it. */
    public Finding withSeverity(Severity other) {
        return other == severity ? this
                : new Finding(ruleId, other, file, range, message, enclosingMember, expression, chain);
    }
}
