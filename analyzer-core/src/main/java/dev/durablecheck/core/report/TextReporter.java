package dev.durablecheck.core.report;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.UnresolvedCall;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes findings as {@code path:line:col: severity: message [rule-id]}, the shape compilers use
 * and IDE consoles turn into links, then a one-line summary. Paths are relative to a base folder
 * (normally the working directory) when they lie below it.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001B[0m";

    /** Paths below it are shown relative to it; {@code null} shows every path absolute. */
    private final Path baseDir;
    private final boolean color;
    private final SourceExcerpt excerpts;

    public TextReporter(Path baseDir, boolean color) {
        this(baseDir, color, false);
    }

    /**
     * @param color colour the severity, for a terminal
     * @param withSource print under each finding its source line with carets under the expression
     */
    public TextReporter(Path baseDir, boolean color, boolean withSource) {
        this.baseDir = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
        this.color = color;
        this.excerpts = withSource ? new SourceExcerpt() : null;
    }

    @Override
    public void write(Report report, Writer out) {
        write(report.result(), new PrintWriter(out));
    }

    /**
     * Every path absolute and no colour: for a build log, whose console turns each
     * {@code file:line:col} into a link wherever the build ran.
     */
    public static TextReporter forBuildLog() {
        return new TextReporter(null, false, false);
    }

    public void write(AnalysisResult result, PrintWriter out) {
        for (Finding f : result.findings()) {
            lines(f).forEach(out::println);
        }
        out.println(summary(result));
        out.flush();
    }

    /**
     * A finding as printed: its {@code file:line:col: severity: message [rule]} line, then its
     * source excerpt when asked for, then one indented line per hop of its chain.
     */
    public List<String> lines(Finding f) {
        List<String> lines = new ArrayList<>();
        lines.add(location(f.file(), f.range().beginLine(), f.range().beginColumn()) + ": "
                + severity(f.severity()) + ": " + printable(f.message()) + " [" + f.ruleId() + "]");
        if (excerpts != null) {
            excerpts.of(f.file(), f.range()).ifPresent(source -> source.forEach(line -> lines.add("  " + line)));
        }
        for (CallHop hop : f.chain()) {
            lines.add("    " + location(hop.file(), hop.range().beginLine(), hop.range().beginColumn())
                    + ": " + printable(hop.description()));
        }
        return lines;
    }

    /** Text with every control character but the tab shown as {@code ?}: no escape sequence reaches the terminal. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c != '\t' && (c < 0x20 || (c >= 0x7f && c < 0xa0)) ? '?' : c);
        }
        return out.toString();
    }

    /** Lists the calls that could not be resolved, for {@code --verbose}. */
    public void writeUnresolved(AnalysisResult result, PrintWriter out) {
        for (UnresolvedCall call : result.unresolvedCalls()) {
            out.println(location(call.file(), call.range().beginLine(), call.range().beginColumn())
                    + ": unresolved: " + printable(call.call()) + " (" + printable(call.reason()) + ")");
        }
        out.flush();
    }

    /**
     * A path as the user should see it: relative to the base folder when below it, and printable,
     * because a file name is as much the analysed project's text as its source.
     */
    public String display(Path file) {
        return printable(baseDir == null ? file.toAbsolutePath().normalize().toString() : Report.display(baseDir, file));
    }

    private String location(Path file, int line, int column) {
        return display(file) + ":" + line + ":" + column;
    }

    private String severity(Severity severity) {
        if (!color) {
            return severity.label();
        }
        String code = switch (severity) {
            case ERROR -> "\u001B[1;31m";
            case WARNING -> "\u001B[1;33m";
            case NOTE -> "\u001B[1;36m";
        };
        return code + severity.label() + RESET;
    }

    /** The one-line summary: counts by severity, files, files not analysed, and calls that could not be checked. */
    public static String summary(AnalysisResult result) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        result.findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        int total = result.findings().size();
        StringBuilder line = new StringBuilder();
        // "No findings" would read as "no replay bugs" while a file went unchecked.
        String none = result.unanalysed().isEmpty() ? "No findings" : "0 findings";
        line.append(total == 0 ? none : plural(total, "finding") + " ("
                + plural(counts.getOrDefault(Severity.ERROR, 0), "error") + ", "
                + plural(counts.getOrDefault(Severity.WARNING, 0), "warning") + ", "
                + plural(counts.getOrDefault(Severity.NOTE, 0), "note") + ")");
        line.append(" in ").append(plural(result.filesScanned(), "file"))
                .append(" (").append(result.filesAnalysed()).append(" with durable code");
        if (!result.unanalysed().isEmpty()) {
            line.append(", ").append(result.unanalysed().size()).append(" not analysed");
        }
        line.append(")");
        if (!result.suppressed().isEmpty()) {
            line.append("; ").append(result.suppressed().size()).append(" suppressed");
        }
        if (result.baselined() > 0 || result.staleBaselineEntries() > 0) {
            line.append("; ").append(result.baselined()).append(" in the baseline");
            if (result.staleBaselineEntries() > 0) {
                line.append(" (").append(plural(result.staleBaselineEntries(), "baseline entry"))
                        .append(" no longer ").append(result.staleBaselineEntries() == 1 ? "matches" : "match")
                        .append(" and can be removed)");
            }
        }
        if (!result.unresolvedCalls().isEmpty()) {
            int unresolved = result.unresolvedCalls().size();
            line.append("; ").append(plural(unresolved, "call"))
                    .append(" in orchestration code could not be resolved and ")
                    .append(unresolved == 1 ? "was" : "were").append(" not checked");
        }
        return line.toString();
    }

    private static String plural(int n, String noun) {
        if (n == 1) {
            return n + " " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
