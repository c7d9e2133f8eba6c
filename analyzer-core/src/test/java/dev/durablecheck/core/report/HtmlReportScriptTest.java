package dev.durablecheck.core.report;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.SuppressedFinding;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.filter.Suppression;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.durablecheck.core.report.ReportFixtures.everything;
import static dev.durablecheck.core.report.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's script run by a headless browser (HtmlUnit) on the page opened from disk: the filters
 * by rule and severity, and the page without the script. Script errors fail the tests.
 */
class HtmlReportScriptTest {

    @TempDir
    Path dir;

    private WebClient browser;
    private final List<String> alerts = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = new WebClient();
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.setAlertHandler((page, message) -> alerts.add(message));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void withoutTheScriptEveryFindingIsShownAndTheFiltersAreNot() throws IOException {
        browser.getOptions().setJavaScriptEnabled(false);

        HtmlPage page = open(report(everything(false)));

        assertThat(page.getElementById("filters").isDisplayed()).isFalse();
        assertThat(findings(page, "#findings .finding")).hasSize(6).allMatch(DomElement::isDisplayed);
    }

    @Test
    void theScriptShowsTheFiltersWithEveryFindingShown() throws IOException {
        HtmlPage page = open(report(everything(false)));

        assertThat(page.getElementById("filters").isDisplayed()).isTrue();
        assertThat(findings(page, "#findings .finding")).hasSize(6).allMatch(DomElement::isDisplayed);
        assertThat(page.getElementById("filter-status").getTextContent()).isEqualTo("Showing 6 of 6 findings.");
    }

    @Test
    void uncheckingASeverityHidesItsFindingsAndTheFilesLeftWithNone() throws IOException {
        HtmlPage page = open(report(everything(false)));

        checkbox(page, "severity", "error").click();

        assertThat(shownRules(page)).containsExactly("environment-read", "unverified-operation-name");
        assertThat(fileSection(page, "src/main/java/app/OrderHandler.java").isDisplayed()).isTrue();
        assertThat(fileSection(page, "src/main/java/app/Broken.java").isDisplayed()).isFalse();
        assertThat(fileSection(page, "/elsewhere/lib/Helper.java").isDisplayed()).isFalse();
        assertThat(page.getElementById("filter-status").getTextContent()).isEqualTo("Showing 2 of 6 findings.");

        checkbox(page, "severity", "error").click();

        assertThat(findings(page, "#findings .finding")).allMatch(DomElement::isDisplayed);
        assertThat(fileSection(page, "src/main/java/app/Broken.java").isDisplayed()).isTrue();
    }

    @Test
    void uncheckingARuleHidesItsFindingsAmongTheSuppressedToo() throws IOException {
        Finding active = ReportFixtures.uuid(ReportFixtures.HANDLER, 40, 21, "OrderHandler.handleRequest(Order, DurableContext)");
        Finding suppressed = ReportFixtures.uuid(ReportFixtures.PROGRESS, 7, 16, "Progress.newId()");
        Finding other = ReportFixtures.environment(20);
        AnalysisResult result = new AnalysisResult(List.of(other, active), 2, 2, List.of(), List.of(), List.of(),
                List.of(new SuppressedFinding(suppressed, new Suppression(Suppression.Kind.COMMENT, "test ids"))),
                List.of(), 0, List.of());
        HtmlPage page = open(report(result));

        checkbox(page, "rule", "nondeterministic-uuid").click();

        assertThat(shownRules(page)).containsExactly("environment-read");
        DomElement hiddenSuppressed = findings(page, "#suppressed .finding").get(0);
        assertThat(hiddenSuppressed.hasAttribute("hidden")).isTrue();
        assertThat(page.getElementById("filter-status").getTextContent()).isEqualTo("Showing 1 of 2 findings.");
    }

    @Test
    void hostileTextInTheReportRunsNothing() throws IOException {
        String hostile = HtmlReporterTest.HOSTILE;
        Path evil = dir.resolve("app/" + hostile + "/Evil.java");
        Files.createDirectories(evil.getParent());
        String source = "class Evil {\n    String s = \"" + hostile + "\" + java.util.UUID.randomUUID();\n}\n";
        Files.writeString(evil, source, StandardCharsets.UTF_8);
        TextRange uuid = HtmlReporterTest.rangeOf(source, "java.util.UUID.randomUUID()");
        Finding f = new Finding("nondeterministic-uuid", Severity.ERROR, evil, uuid, hostile + "<img src=x onerror=alert(2)>",
                "Evil", "", List.of(new CallHop(evil, uuid, hostile)));
        AnalysisResult result = new AnalysisResult(List.of(f), 1, 1, List.of(), List.of(hostile), List.of());

        HtmlPage page = open(new Report(result, ReportFixtures.RULES, dir, ReportFixtures.VERSION, Optional.empty()));

        assertThat(alerts).isEmpty();
        assertThat(page.getElementById("filter-status").getTextContent()).isEqualTo("Showing 1 of 1 findings.");
        assertThat(findings(page, "#findings .finding").get(0).querySelector(".message").getTextContent())
                .isEqualTo(hostile + "<img src=x onerror=alert(2)>");
    }

    private HtmlPage open(Report report) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, ReportFixtures.write(new HtmlReporter(), report), StandardCharsets.UTF_8);
        return browser.getPage(file.toUri().toURL());
    }

    private static List<DomElement> findings(HtmlPage page, String selector) {
        return page.querySelectorAll(selector).stream().map(DomElement.class::cast).toList();
    }

    private static List<String> shownRules(HtmlPage page) {
        return findings(page, "#findings .finding").stream().filter(DomElement::isDisplayed).map(f -> f.getAttribute("data-rule")).toList();
    }

    private static HtmlCheckBoxInput checkbox(HtmlPage page, String name, String value) {
        return page.querySelector("#filters input[name=" + name + "][value=" + value + "]");
    }

    private static DomElement fileSection(HtmlPage page, String file) {
        for (DomNode node : page.querySelectorAll("#findings .file")) {
            DomElement section = (DomElement) node;
            if (section.getAttribute("data-file").equals(file)) {
                return section;
            }
        }
        throw new AssertionError("no section for " + file);
    }
}
