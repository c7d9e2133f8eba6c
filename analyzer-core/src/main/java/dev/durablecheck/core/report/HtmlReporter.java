package dev.durablecheck.core.report;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.SuppressedFinding;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.UnanalysedFile;
import dev.durablecheck.core.UnresolvedCall;
import dev.durablecheck.core.filter.Suppression;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.RuleDocumentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the report as one self-contained HTML page to open from disk or attach to a CI run: a
 * summary, the findings grouped by file, each with its source excerpt and, for a finding reached
 * through helper methods, every call of its chain with its own excerpt; then, collapsed, the
 * suppressed findings and those the baseline accepted, with why. The page loads nothing; its
 * inline script only filters by rule and severity, and everything is readable without it. The
 * same result always writes the same bytes.
 */
public final class HtmlReporter implements Reporter {

    private static final String STYLE = resource("html-report.css");
    private static final String SCRIPT = resource("html-report.js");
    /** Nothing but this page's own style and script may load or run, should some text ever escape its escaping. */
    private static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(new Page(report).render());
        out.flush();
    }

    /** One page being written: the report, the files read for excerpts so far, and the finding anchors numbered in page order. */
    private static final class Page {

        private final Report report;
        private final AnalysisResult result;
        private final HtmlExcerpt excerpts = new HtmlExcerpt();
        private final StringBuilder html = new StringBuilder();
        private int findingIds;

        Page(Report report) {
            this.report = report;
            this.result = report.result();
        }

        String render() {
            html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta name=\"generator\" content=\"durable-check ").append(escape(report.toolVersion())).append("\">\n")
                    .append("<title>durable-check report</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                    .append("<header>\n<h1>durable-check report</h1>\n<p class=\"tool\">")
                    .append("<a href=\"").append(escape(RuleLinks.project().toString())).append("\">durable-check</a> ")
                    .append(escape(report.toolVersion())).append("</p>\n</header>\n");
            summary();
            boolean anyFinding = !allFindings().isEmpty();
            if (anyFinding) {
                filters();
            }
            findings();
            notAnalysed();
            unresolvedCalls();
            suppressed();
            baselined();
            messages("warnings", "Warnings", result.warnings());
            messages("internal-errors", "Internal errors", result.internalErrors());
            if (anyFinding) {
                html.append("<script>").append(SCRIPT).append("</script>\n");
            }
            return html.append("</body>\n</html>\n").toString();
        }

        private void summary() {
            html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p id=\"summary-line\">")
                    .append(escape(TextReporter.summary(result))).append("</p>\n");
            html.append("<dl class=\"run\">\n");
            term("files-scanned", "Files scanned", result.filesScanned());
            term("files-analysed", "Files with durable code", result.filesAnalysed());
            term("files-not-analysed", "Files not analysed", result.unanalysed().size());
            term("unresolved-calls", "Unresolved calls", result.unresolvedCalls().size());
            term("suppressed-count", "Suppressed findings", result.suppressed().size());
            term("baselined-count", "Findings in the baseline", result.baselined());
            if (result.staleBaselineEntries() > 0) {
                term("stale-baseline-entries", "Baseline entries that no longer match", result.staleBaselineEntries());
            }
            html.append("</dl>\n");

            html.append("<table id=\"by-severity\">\n<caption>Findings by severity</caption>\n")
                    .append("<thead><tr><th>Severity</th><th>Findings</th></tr></thead>\n<tbody>\n");
            for (Severity severity : Severity.values()) {
                long count = result.findings().stream().filter(f -> f.severity() == severity).count();
                html.append("<tr data-severity=\"").append(severity.label()).append("\"><td>").append(badge(severity))
                        .append("</td><td class=\"count\">").append(count).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");

            Map<String, Long> active = countByRule(result.findings().stream());
            Map<String, Long> suppressed = countByRule(result.suppressed().stream().map(SuppressedFinding::finding));
            Map<String, Long> baselined = countByRule(result.baselinedFindings().stream());
            TreeSet<String> rules = new TreeSet<>(active.keySet());
            rules.addAll(suppressed.keySet());
            rules.addAll(baselined.keySet());
            if (!rules.isEmpty()) {
                html.append("<table id=\"by-rule\">\n<caption>Findings by rule</caption>\n<thead><tr><th>Rule</th><th>What it reports</th>")
                        .append("<th>Findings</th><th>Suppressed</th><th>In the baseline</th></tr></thead>\n<tbody>\n");
                for (String rule : rules) {
                    html.append("<tr data-rule=\"").append(escape(rule)).append("\"><td>").append(ruleLink(rule)).append("</td><td>")
                            .append(escape(summaryOf(rule))).append("</td><td class=\"count\">").append(active.getOrDefault(rule, 0L))
                            .append("</td><td class=\"count\">").append(suppressed.getOrDefault(rule, 0L))
                            .append("</td><td class=\"count\">").append(baselined.getOrDefault(rule, 0L)).append("</td></tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        }

        private void term(String id, String name, long value) {
            html.append("<dt>").append(name).append("</dt><dd id=\"").append(id).append("\">").append(value).append("</dd>\n");
        }

        private static Map<String, Long> countByRule(Stream<Finding> findings) {
            return findings.collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
        }

        private String summaryOf(String ruleId) {
            return report.rules().stream().map(RuleDocumentation::descriptor).filter(d -> d.id().equals(ruleId))
                    .map(RuleDescriptor::summary).findFirst().orElse("");
        }

        /** Every finding the page shows: active, suppressed and baselined. */
        private List<Finding> allFindings() {
            return Stream.of(result.findings().stream(), result.suppressed().stream().map(SuppressedFinding::finding),
                    result.baselinedFindings().stream()).flatMap(s -> s).toList();
        }

        /** Hidden until the script shows it: without the script, checkboxes would do nothing. */
        private void filters() {
            TreeSet<String> rules = new TreeSet<>();
            TreeSet<Severity> severities = new TreeSet<>();
            allFindings().forEach(f -> {
                rules.add(f.ruleId());
                severities.add(f.severity());
            });
            html.append("<form id=\"filters\" hidden>\n<fieldset id=\"severity-filter\"><legend>Severity</legend>\n");
            for (Severity severity : severities) {
                checkbox("severity", severity.label());
            }
            html.append("</fieldset>\n<fieldset id=\"rule-filter\"><legend>Rule</legend>\n");
            for (String rule : rules) {
                checkbox("rule", rule);
            }
            html.append("</fieldset>\n<p id=\"filter-status\" aria-live=\"polite\"></p>\n</form>\n");
        }

        private void checkbox(String name, String value) {
            html.append("<label><input type=\"checkbox\" name=\"").append(name).append("\" value=\"").append(escape(value))
                    .append("\" checked> ").append(escape(value)).append("</label>\n");
        }

        private void findings() {
            html.append("<section id=\"findings\">\n<h2>Findings (").append(result.findings().size()).append(")</h2>\n");
            if (result.findings().isEmpty()) {
                html.append("<p>").append(result.unanalysed().isEmpty() ? "No findings." : "No findings in the files analysed.")
                        .append("</p>\n");
            }
            byFile(result.findings().stream().map(f -> new Shown(f, Optional.empty())).toList());
            html.append("</section>\n");
        }

        /** A finding as the page shows it, with why it does not count when it does not. */
        private record Shown(Finding finding, Optional<String> reason) {
        }

        /** The findings, in their order, under one heading per file. */
        private void byFile(List<Shown> findings) {
            Map<String, List<Shown>> files = new LinkedHashMap<>();
            findings.forEach(f -> files.computeIfAbsent(report.display(f.finding().file()), file -> new ArrayList<>()).add(f));
            files.forEach((file, inFile) -> {
                html.append("<section class=\"file\" data-file=\"").append(escape(file)).append("\">\n<h3 class=\"path\">")
                        .append(escape(file)).append("</h3>\n");
                inFile.forEach(f -> finding(f.finding(), f.reason()));
                html.append("</section>\n");
            });
        }

        private void finding(Finding f, Optional<String> reason) {
            html.append("<article class=\"finding\" id=\"finding-").append(++findingIds).append("\" data-rule=\"")
                    .append(escape(f.ruleId())).append("\" data-severity=\"").append(f.severity().label()).append("\">\n")
                    .append("<div class=\"finding-head\">").append(badge(f.severity())).append(' ').append(ruleLink(f.ruleId()))
                    .append(" <span class=\"location\">").append(escape(location(f.file(), f.range()))).append("</span></div>\n")
                    .append("<p class=\"message\">").append(escape(f.message())).append("</p>\n");
            reason.ifPresent(why -> html.append("<p class=\"reason\">").append(escape(why)).append("</p>\n"));
            // A chain usually starts at the reported call: then its first step's excerpt is the finding's, not shown twice.
            boolean chainStartsHere = !f.chain().isEmpty() && f.chain().get(0).file().equals(f.file())
                    && f.chain().get(0).range().equals(f.range());
            if (!chainStartsHere) {
                excerpt(f.file(), f.range());
            }
            if (!f.chain().isEmpty()) {
                html.append("<p class=\"chain-title\">How orchestration code reaches the offending call:</p>\n<ol class=\"chain\">\n");
                for (CallHop hop : f.chain()) {
                    html.append("<li class=\"hop\"><span class=\"location\">").append(escape(location(hop.file(), hop.range())))
                            .append("</span> <code class=\"call\">").append(escape(hop.description())).append("</code>\n");
                    excerpt(hop.file(), hop.range());
                    html.append("</li>\n");
                }
                html.append("</ol>\n");
            }
            html.append("</article>\n");
        }

        private void excerpt(Path file, TextRange range) {
            excerpts.of(file, range).ifPresent(pre -> html.append(pre).append('\n'));
        }

        private void notAnalysed() {
            if (result.unanalysed().isEmpty()) {
                return;
            }
            html.append("<section id=\"not-analysed\">\n<h2>Files not analysed (").append(result.unanalysed().size())
                    .append(")</h2>\n<p>Their replay bugs were not checked.</p>\n<ul>\n");
            for (UnanalysedFile file : result.unanalysed()) {
                html.append("<li><span class=\"location\">").append(escape(location(file.file(), file.range()))).append("</span> ")
                        .append(ruleLink(file.ruleId())).append(": ").append(escape(file.reason())).append("</li>\n");
            }
            html.append("</ul>\n</section>\n");
        }

        private void unresolvedCalls() {
            if (result.unresolvedCalls().isEmpty()) {
                return;
            }
            int count = result.unresolvedCalls().size();
            html.append("<section id=\"unresolved\">\n<h2>Unresolved calls (").append(count).append(")</h2>\n")
                    .append("<details>\n<summary>Calls in orchestration code whose target is not known, so no rule could check them</summary>\n<ul>\n");
            for (UnresolvedCall call : result.unresolvedCalls()) {
                html.append("<li><span class=\"location\">").append(escape(location(call.file(), call.range())))
                        .append("</span> <code class=\"call\">").append(escape(call.call())).append("</code>: ")
                        .append(escape(call.reason())).append("</li>\n");
            }
            html.append("</ul>\n</details>\n</section>\n");
        }

        private void suppressed() {
            if (result.suppressed().isEmpty()) {
                return;
            }
            html.append("<section id=\"suppressed\">\n<h2>Suppressed findings (").append(result.suppressed().size())
                    .append(")</h2>\n<details>\n<summary>Findings that a suppression covers, with its justification</summary>\n");
            byFile(result.suppressed().stream().map(s -> new Shown(s.finding(), Optional.of(why(s.suppression())))).toList());
            html.append("</details>\n</section>\n");
        }

        private static String why(Suppression suppression) {
            String how = switch (suppression.kind()) {
                case ANNOTATION -> "Suppressed by an annotation";
                case COMMENT -> "Suppressed by a comment";
                case CONFIGURATION -> "Suppressed in the configuration";
            };
            return how + ": " + suppression.justification();
        }

        private void baselined() {
            if (result.baselinedFindings().isEmpty()) {
                return;
            }
            html.append("<section id=\"baselined\">\n<h2>Findings in the baseline (").append(result.baselined())
                    .append(")</h2>\n<details>\n<summary>Findings the baseline accepted, which do not fail the run</summary>\n");
            Optional<String> accepted = Optional.of("In the baseline: accepted as existing code when the baseline was written.");
            byFile(result.baselinedFindings().stream().map(f -> new Shown(f, accepted)).toList());
            html.append("</details>\n</section>\n");
        }

        private void messages(String id, String title, List<String> messages) {
            if (messages.isEmpty()) {
                return;
            }
            html.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append(" (").append(messages.size())
                    .append(")</h2>\n<ul>\n");
            messages.forEach(m -> html.append("<li>").append(escape(m)).append("</li>\n"));
            html.append("</ul>\n</section>\n");
        }

        private String location(Path file, TextRange range) {
            return report.display(file) + ":" + range.beginLine() + ":" + range.beginColumn();
        }

        private String ruleLink(String ruleId) {
            return "<a class=\"rule\" href=\"" + escape(report.ruleLinks().page(ruleId).toString()) + "\">" + escape(ruleId) + "</a>";
        }
    }

    private static String badge(Severity severity) {
        return "<span class=\"sev " + severity.label() + "\">" + severity.label() + "</span>";
    }

    private static String escape(String text) {
        return HtmlEscape.of(text);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
            // Line feeds whatever a checkout did to the file, so that the page's bytes and hashes do not depend on it.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A CSP source for inline text: its SHA-256, as the browser hashes the element's content. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
