package dev.durablecheck.core.report;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.rule.RuleDocumentation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a reporter writes: the result, every rule that ran, where paths are relative to, and
 * what the tool is.
 *
 * @param baseDir paths below it are written relative to it ({@code %SRCROOT%} in SARIF)
 * @param automationId SARIF {@code automationDetails.id}, a category for code scanning, or empty
 * @param includeSuppressed whether suppressed findings are written too, marked as suppressed
 * @param includeBaselined whether findings the baseline accepted are written too, marked as such
 * @param ruleLinks where each rule's page is
 */
public record Report(AnalysisResult result, List<RuleDocumentation> rules, Path baseDir, String toolVersion,
                     Optional<String> automationId, boolean includeSuppressed, boolean includeBaselined,
                     RuleLinks ruleLinks) {

    public Report {
        rules = List.copyOf(rules);
        baseDir = baseDir.toAbsolutePath().normalize();
    }

    /** A report of the findings that are neither suppressed nor baselined, linking the project's rule pages. */
    public Report(AnalysisResult result, List<RuleDocumentation> rules, Path baseDir, String toolVersion,
                  Optional<String> automationId) {
        this(result, rules, baseDir, toolVersion, automationId, false, false, RuleLinks.PROJECT);
    }

    /** This report, with suppressed findings written too or not. */
    public Report withSuppressed(boolean include) {
        return new Report(result, rules, baseDir, toolVersion, automationId, include, includeBaselined, ruleLinks);
    }

    /** This report, with the findings the baseline accepted written too or not. */
    public Report withBaselined(boolean include) {
        return new Report(result, rules, baseDir, toolVersion, automationId, includeSuppressed, include, ruleLinks);
    }

    /** This report, linking rule pages below another base. */
    public Report withRuleLinks(RuleLinks links) {
        return new Report(result, rules, baseDir, toolVersion, automationId, includeSuppressed, includeBaselined, links);
    }

    /** A path as reports show it: relative to the base folder when below it, with forward slashes. */
    public String display(Path file) {
        return display(baseDir, file);
    }

    /** {@code file} relative to {@code baseDir} when below it, with forward slashes; else absolute. */
    public static String display(Path baseDir, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDir) ? baseDir.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
