package dev.durablecheck.core.report;

import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.durablecheck.core.report.ReportFixtures.BASE;
import static dev.durablecheck.core.report.ReportFixtures.chained;
import static dev.durablecheck.core.report.ReportFixtures.environment;
import static dev.durablecheck.core.report.ReportFixtures.everything;
import static dev.durablecheck.core.report.ReportFixtures.only;
import static dev.durablecheck.core.report.ReportFixtures.report;
import static dev.durablecheck.core.report.ReportFixtures.unverifiedName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GitHub Actions workflow commands, {@code ::error file=..,line=..::message}. The runner
 * (actions/runner {@code ActionCommand}) splits a command at the first {@code ::} and the
 * properties at {@code ,} and {@code =}, and unescapes only {@code %0D}, {@code %0A} and
 * {@code %25} in the message, plus {@code %3A} and {@code %2C} in property values; the tests decode
 * the output the same way.
 */
class GithubReporterTest {

    private static final Pattern COMMAND = Pattern.compile("^::(?<command>error|warning|notice) (?<properties>[^:]*)::(?<message>.*)$");

    // ---------------------------------------------------------------- escaping

    @Test
    void messageDataEncodesPercentCarriageReturnAndLineFeed() {
        assertThat(GithubReporter.data("100%")).isEqualTo("100%25");
        assertThat(GithubReporter.data("a\rb")).isEqualTo("a%0Db");
        assertThat(GithubReporter.data("a\nb")).isEqualTo("a%0Ab");
        assertThat(GithubReporter.data("a\r\nb")).isEqualTo("a%0D%0Ab");
        assertThat(GithubReporter.data("%0A is not a newline")).isEqualTo("%250A is not a newline");
    }

    @Test
    void messageDataKeepsColonsAndCommasWhichOnlyPropertiesMustEncode() {
        assertThat(GithubReporter.data("'a::b', then c, d: e")).isEqualTo("'a::b', then c, d: e");
    }

    @Test
    void propertyValuesAlsoEncodeColonAndComma() {
        assertThat(GithubReporter.property("C:\\src,old\\A.java")).isEqualTo("C%3A\\src%2Cold\\A.java");
        assertThat(GithubReporter.property("a::b")).isEqualTo("a%3A%3Ab");
        assertThat(GithubReporter.property("50%,x:\ny")).isEqualTo("50%25%2Cx%3A%0Ay");
        // Already-encoded looking text is encoded again, not passed through.
        assertThat(GithubReporter.property("%3A")).isEqualTo("%253A");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x09, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F})
    void otherControlCharactersAreEncodedSoNoneReachesTheLog(int c) {
        String text = "a" + (char) c + "b";

        assertThat(GithubReporter.data(text)).isEqualTo(String.format("a%%%02Xb", c));
        assertThat(GithubReporter.property(text)).isEqualTo(String.format("a%%%02Xb", c));
    }

    @Test
    void printableAndNonAsciiTextIsLeftAlone() {
        String text = "Größe = 'x' -> [ok] {ü} \"quoted\" é 日本";

        assertThat(GithubReporter.data(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100% sure", "line one\nline two", "crlf\r\nend", "a: b, c", "::error file=x::y",
        "%0A literal", "%25", "trailing %", "mixed %\r\n:,::,%3A%2C"})
    void whatTheRunnerDecodesIsWhatWasWritten(String text) {
        assertThat(unescapeData(GithubReporter.data(text))).isEqualTo(text);
        assertThat(unescapeProperty(GithubReporter.property(text))).isEqualTo(text);
        assertThat(GithubReporter.data(text)).doesNotContain("\r").doesNotContain("\n");
        assertThat(GithubReporter.property(text)).doesNotContain("\r").doesNotContain("\n").doesNotContain(":").doesNotContain(",");
    }

    // ---------------------------------------------------------------- commands

    @Test
    void oneCommandLinePerFindingWithTheSeverityAsTheCommand() {
        Report report = report(everything(false));

        List<String> lines = lines(report);

        assertThat(lines).hasSize(report.result().findings().size());
        assertThat(lines).allSatisfy(line -> assertThat(line).matches(COMMAND));
        List<String> expected = report.result().findings().stream().map(f -> switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        }).toList();
        assertThat(lines.stream().map(l -> parse(l).command()).toList()).isEqualTo(expected).contains("error", "warning", "notice");
    }

    @Test
    void propertiesGiveTheFileRangeAndRuleAsTitle() {
        Finding f = environment(20);

        Command c = parse(lines(report(only(f))).get(0));

        assertThat(c.command()).isEqualTo("warning");
        assertThat(c.properties()).containsOnlyKeys("file", "line", "col", "endLine", "endColumn", "title");
        assertThat(c.properties()).containsEntry("file", "src/main/java/app/OrderHandler.java")
                .containsEntry("line", "20")
                .containsEntry("col", "24")
                .containsEntry("endLine", "20")
                // The column of the last character, as in the finding's range.
                .containsEntry("endColumn", "46")
                .containsEntry("title", "environment-read");
        assertThat(c.message()).isEqualTo(f.message());
    }

    @Test
    void aMultiLineRangeKeepsItsEndLine() {
        Command c = parse(lines(report(only(unverifiedName(31)))).get(0));

        assertThat(c.command()).isEqualTo("notice");
        assertThat(c.properties()).containsEntry("line", "31").containsEntry("endLine", "32").containsEntry("endColumn", "30");
    }

    @Test
    void theChainFollowsTheMessageOnEscapedLines() {
        Finding f = chained(12);

        String line = lines(report(only(f))).get(0);
        Command c = parse(line);

        assertThat(c.message()).isEqualTo(f.message()
                + "\nsrc/main/java/app/OrderHandler.java:12:9: Progress.report(i, rows) -> Progress.report(int, int)"
                + "\nsrc/main/java/app/Progress.java:15:22: Instant.now()");
        assertThat(line).contains("%0Asrc/main/java/app/Progress.java:15:22: Instant.now()");
    }

    @Test
    void messagesAndPathsWithSpecialCharactersStayOneCommandAndDecodeBack() {
        String message = "100% wrong: 'a, b'\nsecond line\r\nthird ::warning file=x::y";
        Finding f = new Finding("environment-read", Severity.WARNING, BASE.resolve("src/we,ird:dir/A%1.java"),
                new TextRange(3, 5, 3, 9), message, "A.run()", "System.getenv()", List.of());

        List<String> lines = lines(report(only(f)));

        assertThat(lines).hasSize(1);
        Command c = parse(lines.get(0));
        assertThat(c.properties()).containsEntry("file", "src/we,ird:dir/A%1.java").containsEntry("line", "3");
        assertThat(c.message()).isEqualTo(message);
        assertThat(lines.get(0)).contains("file=src/we%2Cird%3Adir/A%251.java,");
    }

    @Test
    void aFileOutsideTheBaseFolderIsNamedByItsAbsolutePath() {
        Finding f = ReportFixtures.uuid(ReportFixtures.OUTSIDE, 7, 16, "Helper.newId()");

        Command c = parse(lines(report(only(f))).get(0));

        assertThat(c.properties()).containsEntry("file", "/elsewhere/lib/Helper.java");
    }

    @Test
    void aFileNotAnalysedIsAnErrorAnnotationOnThatFile() {
        List<String> lines = lines(ReportFixtures.incompleteRun());

        Command c = parse(lines.stream().filter(l -> l.contains("title=analysis-incomplete")).findFirst().orElseThrow());
        assertThat(c.command()).isEqualTo("error");
        assertThat(c.properties()).containsEntry("file", "src/main/java/app/OrderHandler.java").containsEntry("line", "8");
        assertThat(c.message()).startsWith(ReportFixtures.BUDGET_REASON);
    }

    @Test
    void noFindingsWriteNothing() {
        assertThat(ReportFixtures.write(new GithubReporter(), report(only()))).isEmpty();
    }

    @Test
    void everyLineEndsWithALineFeedAndCarriesNoCarriageReturn() {
        String out = ReportFixtures.write(new GithubReporter(), report(everything(true)));

        assertThat(out).endsWith("\n").doesNotContain("\r");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(everything(true).findings().size());
    }

    @Test
    void equalInputGivesEqualOutput() {
        assertThat(ReportFixtures.write(new GithubReporter(), report(everything(false))))
                .isEqualTo(ReportFixtures.write(new GithubReporter(), report(everything(false))));
    }

    // ---------------------------------------------------------------- helpers

    private record Command(String command, Map<String, String> properties, String message) {
    }

    private static List<String> lines(Report report) {
        String out = ReportFixtures.write(new GithubReporter(), report);
        return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, (int) out.chars().filter(c -> c == '\n').count());
    }

    /** Splits and decodes a command as the runner does. */
    private static Command parse(String line) {
        Matcher m = COMMAND.matcher(line);
        assertThat(m.matches()).as("a workflow command: %s", line).isTrue();
        Map<String, String> properties = new LinkedHashMap<>();
        for (String pair : m.group("properties").split(",")) {
            int eq = pair.indexOf('=');
            assertThat(eq).as("key=value in %s", pair).isPositive();
            properties.put(pair.substring(0, eq), unescapeProperty(pair.substring(eq + 1)));
        }
        return new Command(m.group("command"), properties, unescapeData(m.group("message")));
    }

    /** The runner's order: CR, LF, then percent last, so that %250A stays %0A. */
    private static String unescapeData(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String unescapeProperty(String text) {
        return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}
