package dev.durablecheck.core.report;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.SuppressedFinding;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.filter.Suppression;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.durablecheck.core.report.ReportFixtures.BASE;
import static dev.durablecheck.core.report.ReportFixtures.CLASSPATH_WARNING;
import static dev.durablecheck.core.report.ReportFixtures.INTERNAL_ERROR;
import static dev.durablecheck.core.report.ReportFixtures.RULES;
import static dev.durablecheck.core.report.ReportFixtures.VERSION;
import static dev.durablecheck.core.report.ReportFixtures.everything;
import static dev.durablecheck.core.report.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report read back as a browser's parser reads it (jsoup): where each finding, hop and
 * excerpt is, what the summary counts, and that no text of the analysed code can add markup.
 * {@link HtmlReportScriptTest} runs the page's script.
 */
class HtmlReporterTest {

    static final String HOSTILE = "</script><script>alert(1)</script>";

    private static final String HANDLER_SOURCE = """
            package app;

            import software.amazon.lambda.durable.DurableContext;

            public class OrderHandler {
                public String handleRequest(String input, DurableContext context) {
                    Progress.report(1, 2);
                    String stage = System.getenv("STAGE");
                    String name = context.step(label(input,
                            stage), String.class, s -> "v");
                    return input + stage + name;
                }
            }
            """;

    private static final String PROGRESS_SOURCE = """
            package app;

            import java.time.Instant;

            final class Progress {
                static void report(int i, int rows) {
                    long at = Instant.now().toEpochMilli();
                }
            }
            """;

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- findings and chains

    @Test
    void everyFindingIsUnderItsFileWithItsSeverityRuleLocationMessageAndRulePage() {
        Report report = report(everything(false));
        Document doc = parse(report);

        Elements articles = doc.select("#findings article.finding");
        List<Finding> findings = report.result().findings();
        assertThat(articles).hasSize(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Element article = articles.get(i);
            assertThat(article.attr("data-rule")).isEqualTo(f.ruleId());
            assertThat(article.attr("data-severity")).isEqualTo(f.severity().label());
            assertThat(article.selectFirst(".sev").text()).isEqualTo(f.severity().label());
            assertThat(article.selectFirst("a.rule").text()).isEqualTo(f.ruleId());
            assertThat(article.selectFirst("a.rule").attr("href")).isEqualTo(report.ruleLinks().page(f.ruleId()).toString());
            assertThat(article.selectFirst(".location").text())
                    .isEqualTo(report.display(f.file()) + ":" + f.range().beginLine() + ":" + f.range().beginColumn());
            assertThat(article.selectFirst(".message").text()).isEqualTo(f.message());
            Element file = article.parent();
            assertThat(file.hasClass("file")).isTrue();
            assertThat(file.attr("data-file")).isEqualTo(report.display(f.file()));
            assertThat(file.selectFirst("h3").text()).isEqualTo(report.display(f.file()));
        }
    }

    @Test
    void eachFileHasOneSectionInTheFindingsOrder() {
        Document doc = parse(report(everything(false)));

        assertThat(doc.select("#findings > section.file").eachAttr("data-file")).containsExactly(
                "/elsewhere/lib/Helper.java", "src/main/java/app/Broken.java", "src/main/java/app/OrderHandler.java");
        assertThat(doc.select("#findings > section.file").get(2).select("article.finding")).hasSize(4);
    }

    @Test
    void aChainShowsEveryHopWithItsOwnExcerptFromTheHandlerToTheOffendingCall() throws IOException {
        Path handler = source("app/OrderHandler.java", HANDLER_SOURCE);
        Path progress = source("app/Progress.java", PROGRESS_SOURCE);
        TextRange call = rangeOf(HANDLER_SOURCE, "Progress.report(1, 2)");
        TextRange sink = rangeOf(PROGRESS_SOURCE, "Instant.now()");
        Finding chained = finding(handler, call, "nondeterministic-time", Severity.ERROR, "'Instant.now()' (reached through 'Progress.report(1, 2)')",
                new CallHop(handler, call, "Progress.report(1, 2) -> Progress.report(int, int)"),
                new CallHop(progress, sink, "Instant.now()"));

        Element article = parse(reportIn(only(chained))).selectFirst("#findings article.finding");

        Elements hops = article.select("ol.chain > li.hop");
        assertThat(hops).hasSize(2);
        assertThat(hops.get(0).selectFirst(".location").text()).isEqualTo("app/OrderHandler.java:7:9");
        assertThat(hops.get(0).selectFirst("code.call").text()).isEqualTo("Progress.report(1, 2) -> Progress.report(int, int)");
        assertThat(hops.get(0).select("pre.excerpt mark").text()).isEqualTo("Progress.report(1, 2)");
        assertThat(hops.get(1).selectFirst(".location").text()).isEqualTo("app/Progress.java:7:19");
        assertThat(hops.get(1).selectFirst("code.call").text()).isEqualTo("Instant.now()");
        assertThat(hops.get(1).select("pre.excerpt mark").text()).isEqualTo("Instant.now()");
        assertThat(hops.get(1).select(".line.hit").text()).contains("long at = Instant.now().toEpochMilli();");
        // The first hop is the reported call: its excerpt is the finding's, not shown twice.
        assertThat(article.select("pre.excerpt")).hasSize(2);
    }

    @Test
    void aChainThatStartsElsewhereKeepsTheFindingsOwnExcerpt() throws IOException {
        Path handler = source("app/OrderHandler.java", HANDLER_SOURCE);
        Path progress = source("app/Progress.java", PROGRESS_SOURCE);
        Finding f = finding(handler, rangeOf(HANDLER_SOURCE, "System.getenv(\"STAGE\")"), "environment-read", Severity.WARNING,
                "reads the environment", new CallHop(progress, rangeOf(PROGRESS_SOURCE, "Instant.now()"), "Instant.now()"));

        Element article = parse(reportIn(only(f))).selectFirst("#findings article.finding");

        assertThat(article.select("pre.excerpt")).hasSize(2);
        assertThat(article.selectFirst("pre.excerpt").parent()).isEqualTo(article);
        assertThat(article.selectFirst("pre.excerpt mark").text()).isEqualTo("System.getenv(\"STAGE\")");
    }

    // ---------------------------------------------------------------- excerpts

    @Test
    void anExcerptNumbersTwoLinesAroundTheRangeAndMarksTheExpression() throws IOException {
        Path handler = source("app/OrderHandler.java", HANDLER_SOURCE);
        TextRange env = rangeOf(HANDLER_SOURCE, "System.getenv(\"STAGE\")");

        Element pre = parse(reportIn(only(finding(handler, env, "environment-read", Severity.WARNING, "m")))).selectFirst("pre.excerpt");

        assertThat(pre.select(".line").eachAttr("data-line")).containsExactly("6", "7", "8", "9", "10");
        assertThat(pre.select(".line .ln").eachText()).containsExactly("6", "7", "8", "9", "10");
        assertThat(pre.select(".line.hit").eachAttr("data-line")).containsExactly("8");
        assertThat(pre.select("mark").eachText()).containsExactly("System.getenv(\"STAGE\")");
        assertThat(pre.selectFirst(".line.hit").wholeText()).isEqualTo("8        String stage = System.getenv(\"STAGE\");");
    }

    @Test
    void aMultiLineRangeIsMarkedOnEachOfItsLines() throws IOException {
        Path handler = source("app/OrderHandler.java", HANDLER_SOURCE);
        TextRange label = new TextRange(9, 36, 10, 22);

        Element pre = parse(reportIn(only(finding(handler, label, "unverified-operation-name", Severity.NOTE, "m")))).selectFirst("pre.excerpt");

        assertThat(pre.select(".line.hit").eachAttr("data-line")).containsExactly("9", "10");
        assertThat(pre.select("mark").eachText()).containsExactly("label(input,", "stage)");
        assertThat(pre.select(".line").eachAttr("data-line")).containsExactly("7", "8", "9", "10", "11", "12");
    }

    @Test
    void aLongRangeIsCutSoThatTheFindingStaysOnOneScreen() throws IOException {
        StringBuilder text = new StringBuilder("class Long {\n    Runnable r = () -> {\n");
        IntStream.range(0, 20).forEach(i -> text.append("        work(").append(i).append(");\n"));
        text.append("    };\n}\n");
        Path file = source("app/Long.java", text.toString());

        Element pre = parse(reportIn(only(finding(file, new TextRange(2, 18, 22, 5), "nondeterministic-time", Severity.ERROR, "m"))))
                .selectFirst("pre.excerpt");

        assertThat(pre.select(".line.hit")).hasSize(HtmlExcerpt.MAX_RANGE_LINES);
        assertThat(pre.selectFirst(".line.cut").text()).contains("13 more lines");
    }

    @Test
    void aFileThatCannotBeReadGivesNoExcerptButTheFindingStays() {
        // The fixtures' files do not exist.
        Document doc = parse(report(everything(false)));

        assertThat(doc.select("pre.excerpt")).isEmpty();
        assertThat(doc.select("#findings article.finding")).hasSize(6);
        assertThat(doc.select("ol.chain > li.hop")).hasSize(2);
    }

    @Test
    void aLineThatIsGoneGivesNoExcerpt() throws IOException {
        Path file = source("app/Short.java", "class Short {}\n");

        Document doc = parse(reportIn(only(finding(file, new TextRange(40, 1, 40, 5), "nondeterministic-time", Severity.ERROR, "m"))));

        assertThat(doc.select("pre.excerpt")).isEmpty();
    }

    // ---------------------------------------------------------------- summary and the rest of the run

    @Test
    void theSummaryCountsSeveritiesRulesFilesAndUnresolvedCalls() {
        Report report = report(everything(false));
        Document doc = parse(report);

        assertThat(doc.selectFirst("#summary-line").text()).isEqualTo(TextReporter.summary(report.result()));
        assertThat(doc.selectFirst("#files-scanned").text()).isEqualTo("6");
        assertThat(doc.selectFirst("#files-analysed").text()).isEqualTo("4");
        assertThat(doc.selectFirst("#files-not-analysed").text()).isEqualTo("1");
        assertThat(doc.selectFirst("#unresolved-calls").text()).isEqualTo("1");
        assertThat(counts(doc, "#by-severity tbody tr")).containsExactly("error 4", "warning 1", "note 1");
        assertThat(counts(doc, "#by-rule tbody tr")).containsExactly(
                "environment-read 1 0 0", "nondeterministic-time 1 0 0", "nondeterministic-uuid 2 0 0", "parse-error 1 0 0",
                "unverified-operation-name 1 0 0");
        assertThat(doc.selectFirst("#by-rule tr[data-rule=nondeterministic-uuid] td:nth-child(2)").text())
                .isEqualTo(ReportFixtures.NONDETERMINISTIC_UUID.descriptor().summary());
        assertThat(doc.selectFirst("#by-rule tr[data-rule=parse-error] a.rule").attr("href"))
                .isEqualTo(report.ruleLinks().page("parse-error").toString());
    }

    @Test
    void filesNotAnalysedUnresolvedCallsWarningsAndInternalErrorsAreListed() {
        Document doc = parse(report(everything(true)));

        assertThat(doc.select("#not-analysed li").eachText()).containsExactly(
                "src/main/java/app/Broken.java:10:2 parse-error: cannot parse: Parse error. Found <EOF>");
        assertThat(doc.select("#unresolved details li").eachText()).containsExactly(
                "src/main/java/app/OrderHandler.java:25:9 client.send(request): the type of 'client' is not known");
        assertThat(doc.select("#warnings li").eachText()).containsExactly(CLASSPATH_WARNING);
        assertThat(doc.select("#internal-errors li").eachText()).containsExactly(INTERNAL_ERROR);
    }

    @Test
    void anEmptyRunSaysSoAndHasNoFiltersOrScript() {
        Document doc = parse(report(ReportFixtures.only()));

        assertThat(doc.selectFirst("#findings p").text()).isEqualTo("No findings.");
        assertThat(doc.select("#filters, script, #suppressed, #baselined, #not-analysed, #unresolved")).isEmpty();
        assertThat(counts(doc, "#by-severity tbody tr")).containsExactly("error 0", "warning 0", "note 0");
    }

    @Test
    void suppressedAndBaselinedFindingsAreCollapsedWithWhyTheyDoNotCount() {
        Finding active = ReportFixtures.environment(20);
        Finding suppressed = ReportFixtures.uuid(ReportFixtures.HANDLER, 40, 21, "OrderHandler.handleRequest(Order, DurableContext)");
        Finding baselined = ReportFixtures.chained(12);
        AnalysisResult result = new AnalysisResult(List.of(active), 2, 2, List.of(), List.of(), List.of(),
                List.of(new SuppressedFinding(suppressed, new Suppression(Suppression.Kind.COMMENT, "ids are made idempotent downstream"))),
                List.of(baselined), 1, List.of());
        Document doc = parse(report(result));

        assertThat(doc.select("#findings article.finding").eachAttr("data-rule")).containsExactly("environment-read");
        Element suppressedDetails = doc.selectFirst("#suppressed > details");
        assertThat(suppressedDetails.hasAttr("open")).isFalse();
        assertThat(suppressedDetails.select("article.finding").eachAttr("data-rule")).containsExactly("nondeterministic-uuid");
        assertThat(suppressedDetails.selectFirst(".reason").text())
                .isEqualTo("Suppressed by a comment: ids are made idempotent downstream");
        Element baselinedDetails = doc.selectFirst("#baselined > details");
        assertThat(baselinedDetails.hasAttr("open")).isFalse();
        assertThat(baselinedDetails.select("article.finding").eachAttr("data-rule")).containsExactly("nondeterministic-time");
        assertThat(baselinedDetails.selectFirst(".reason").text()).startsWith("In the baseline");
        assertThat(baselinedDetails.select("ol.chain > li.hop")).hasSize(2);
        assertThat(doc.selectFirst("#suppressed-count").text()).isEqualTo("1");
        assertThat(doc.selectFirst("#baselined-count").text()).isEqualTo("1");
        assertThat(doc.selectFirst("#stale-baseline-entries").text()).isEqualTo("1");
        assertThat(counts(doc, "#by-rule tbody tr")).containsExactly(
                "environment-read 1 0 0", "nondeterministic-time 0 0 1", "nondeterministic-uuid 0 1 0");
        assertThat(doc.select("#rule-filter input").eachAttr("value"))
                .containsExactly("environment-read", "nondeterministic-time", "nondeterministic-uuid");
        assertThat(doc.select("#severity-filter input").eachAttr("value")).containsExactly("error", "warning");
    }

    // ---------------------------------------------------------------- safety and stability

    @Test
    void hostileFileNamesMessagesSourceAndJustificationsStayText() throws IOException {
        Path evil = source("app/" + HOSTILE + "/Evil.java",
                "class Evil {\n    String s = \"" + HOSTILE + "\" + java.util.UUID.randomUUID();\n}\n");
        TextRange uuid = rangeOf(Files.readString(evil), "java.util.UUID.randomUUID()");
        Finding f = finding(evil, uuid, "nondeterministic-uuid", Severity.ERROR, "'" + HOSTILE + "' & <b>bold</b>",
                new CallHop(evil, uuid, HOSTILE + " -> <img src=x onerror=alert(2)>"));
        Finding hidden = finding(evil, new TextRange(2, 5, 2, 10), "nondeterministic-uuid", Severity.ERROR, HOSTILE);
        AnalysisResult result = new AnalysisResult(List.of(f), 1, 1, List.of(), List.of(HOSTILE), List.of(), List.of(
                new SuppressedFinding(hidden, new Suppression(Suppression.Kind.COMMENT, HOSTILE + "\"><i>"))), List.of(), 0, List.of());
        String shownFile = "app/" + HOSTILE + "/Evil.java";

        Document doc = parse(reportIn(result));

        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script").first().data()).doesNotContain("alert");
        assertThat(doc.select("img, b, i")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on")));
        Element article = doc.selectFirst("#findings article.finding");
        assertThat(article.parent().attr("data-file")).isEqualTo(shownFile);
        assertThat(article.parent().selectFirst("h3").text()).isEqualTo(shownFile);
        assertThat(article.selectFirst(".message").text()).isEqualTo("'" + HOSTILE + "' & <b>bold</b>");
        assertThat(article.selectFirst("code.call").text()).isEqualTo(HOSTILE + " -> <img src=x onerror=alert(2)>");
        assertThat(article.selectFirst("pre.excerpt .line.hit").text()).contains("String s = \"" + HOSTILE + "\"");
        assertThat(doc.selectFirst("#suppressed .reason").text()).isEqualTo("Suppressed by a comment: " + HOSTILE + "\"><i>");
        assertThat(doc.select("#warnings li").eachText()).containsExactly(HOSTILE);
        // The structure around the hostile text is intact: the findings, then the suppressed, the warnings and the script.
        assertThat(doc.body().children().stream().map(e -> e.tagName() + (e.id().isEmpty() ? "" : "#" + e.id())))
                .containsExactly("header", "section#summary", "form#filters", "section#findings", "section#suppressed",
                        "section#warnings", "script");
    }

    @Test
    void controlCharactersAreShownAsTheirPictures() {
        Finding f = finding(BASE.resolve("app/Esc\u001B.java"), new TextRange(1, 1, 1, 1), "environment-read", Severity.WARNING,
                "System.getenv(\"\u001B[31m\u0000\u007F\u0085\")");

        String html = ReportFixtures.write(new HtmlReporter(), report(only(f)));

        assertThat(html.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c < 0xa0)).isEmpty();
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst(".message").text()).isEqualTo("System.getenv(\"\u241B[31m\u2400\u2421\uFFFD\")");
        assertThat(doc.selectFirst("h3.path").text()).isEqualTo("app/Esc\u241B.java");
    }

    @Test
    void thePageLoadsNothingAndItsPolicyAllowsOnlyItsOwnStyleAndScript() {
        Document doc = parse(report(everything(true)));

        assertThat(doc.select("link, img, iframe, object, embed, script[src], [style]")).isEmpty();
        assertThat(doc.select("style").first().data()).doesNotContain("url(", "@import");
        String policy = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(policy).startsWith("default-src 'none'; ")
                .contains("style-src '" + sha256(doc.selectFirst("style").data()) + "'")
                .contains("script-src '" + sha256(doc.selectFirst("script").data()) + "'");
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("https://"));
    }

    @Test
    void theSameResultWritesTheSameBytes() throws IOException {
        Path handler = source("app/OrderHandler.java", HANDLER_SOURCE);
        Path progress = source("app/Progress.java", PROGRESS_SOURCE);
        TextRange call = rangeOf(HANDLER_SOURCE, "Progress.report(1, 2)");
        AnalysisResult result = only(
                finding(handler, call, "nondeterministic-time", Severity.ERROR, "m",
                        new CallHop(handler, call, "Progress.report(1, 2)"),
                        new CallHop(progress, rangeOf(PROGRESS_SOURCE, "Instant.now()"), "Instant.now()")),
                finding(handler, rangeOf(HANDLER_SOURCE, "System.getenv(\"STAGE\")"), "environment-read", Severity.WARNING, "m"));

        String first = ReportFixtures.write(new HtmlReporter(), reportIn(result));
        String second = ReportFixtures.write(new HtmlReporter(), reportIn(result));

        assertThat(second).isEqualTo(first);
        assertThat(first).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n").doesNotContain("\r");
        assertThat(ReportFixtures.write(new HtmlReporter(), report(everything(true))))
                .isEqualTo(ReportFixtures.write(new HtmlReporter(), report(everything(true))));
    }

    // ---------------------------------------------------------------- helpers

    private Path source(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The range of the first occurrence of {@code expression}, on one line of {@code source}. */
    static TextRange rangeOf(String source, String expression) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(expression);
            if (at >= 0) {
                return new TextRange(i + 1, at + 1, i + 1, at + expression.length());
            }
        }
        throw new IllegalArgumentException(expression + " is not in the source");
    }

    private static Finding finding(Path file, TextRange range, String rule, Severity severity, String message, CallHop... chain) {
        return new Finding(rule, severity, file, range, message, "OrderHandler.handleRequest(String, DurableContext)", "", List.of(chain));
    }

    private static AnalysisResult only(Finding... findings) {
        List<Finding> sorted = new ArrayList<>(List.of(findings));
        sorted.sort(Finding.ORDER);
        return new AnalysisResult(sorted, 1, 1, List.of(), List.of(), List.of());
    }

    /** A report whose paths are relative to the test's folder, where the sources are. */
    private Report reportIn(AnalysisResult result) {
        return new Report(result, RULES, dir, VERSION, Optional.empty());
    }

    static Document parse(Report report) {
        return Jsoup.parse(ReportFixtures.write(new HtmlReporter(), report));
    }

    /** Each row's cells as one line of words: the name, then the counts. */
    private static List<String> counts(Document doc, String rows) {
        return doc.select(rows).stream()
                .map(row -> row.select("td").stream().filter(td -> td.hasClass("count") || td.elementSiblingIndex() == 0)
                        .map(Element::text).reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
