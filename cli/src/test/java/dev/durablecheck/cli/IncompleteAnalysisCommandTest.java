package dev.durablecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durablecheck.core.report.SarifChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.durablecheck.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file whose analysis cannot complete fails the run in every format. The file is a handler of
 * several hundred kilobytes and the budget one millisecond: reading and parsing that much text
 * takes tens of milliseconds at the very least, so the budget provably runs out, whatever the
 * machine.
 */
class IncompleteAnalysisCommandTest {

    private static final String BUDGET = "0.001";
    /** The reason, whichever stage the budget ran out in. */
    private static final String REASON = "(parsing|the analysis) did not finish within the per-file budget of 0\\.001 s";
    private static final String TEXT_LINE = "app/Big\\.java:\\d+:\\d+: error: " + REASON
            + ", so this file's replay bugs were not checked; raise the per-file budget \\(--file-timeout SECONDS; "
            + "fileTimeout in Maven\\), or report the file to the durable-check maintainers if it keeps happening "
            + "\\[analysis-incomplete]";

    @TempDir
    Path dir;

    private Path big;

    @BeforeEach
    void writeBigHandler() throws IOException {
        StringBuilder source = new StringBuilder("""
                package app;

                import software.amazon.lambda.durable.DurableContext;

                public class Big {
                    public long handle(String input, DurableContext context) {
                        long total = 0;
                """);
        for (int i = 0; i < 8_000; i++) {
            source.append("        total += input.length() * ").append(i).append(" + context.hashCode();\n");
        }
        source.append("        return total;\n    }\n}\n");
        big = dir.resolve("app/Big.java");
        Files.createDirectories(big.getParent());
        Files.writeString(big, source);
        assertThat(Files.size(big)).isGreaterThan(400_000);
    }

    @Test
    void textNamesTheFileFailsTheRunAndCountsItInTheSummary() {
        CommandRun r = run("--file-timeout", BUDGET, dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0).replace(dir.toString() + "/", "")).matches(TEXT_LINE);
        assertThat(r.outLines().get(1)).isEqualTo("1 finding (1 error, 0 warnings, 0 notes) in 1 file (1 with durable code, "
                + "1 not analysed)");
    }

    @Test
    void sarifIsValidMarksTheRunUnsuccessfulAndHasTheNotificationAndTheResult() {
        CommandRun r = run("--file-timeout", BUDGET, "--format", "sarif", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        JsonNode run = SarifChecks.assertValidForGithub(r.out()).path("runs").path(0);
        JsonNode invocation = run.path("invocations").path(0);
        assertThat(invocation.path("executionSuccessful").asBoolean(true)).isFalse();
        JsonNode notification = invocation.path("toolExecutionNotifications").path(0);
        assertThat(invocation.path("toolExecutionNotifications").size()).isEqualTo(1);
        assertThat(notification.path("level").asText()).isEqualTo("error");
        assertThat(notification.path("descriptor").path("id").asText()).isEqualTo("analysis-incomplete");
        assertThat(notification.path("message").path("text").asText())
                .matches(".*/app/Big\\.java was not analysed: " + REASON + "\\.");
        assertThat(run.path("results").size()).isEqualTo(1);
        assertThat(run.path("results").path(0).path("ruleId").asText()).isEqualTo("analysis-incomplete");
        assertThat(run.path("results").path(0).path("level").asText()).isEqualTo("error");
        assertThat(r.err()).contains("1 not analysed");
    }

    @Test
    void githubWritesAnErrorAnnotationOnTheFile() {
        CommandRun r = run("--file-timeout", BUDGET, "--format", "github", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).singleElement().asString()
                .startsWith("::error file=" + big.toAbsolutePath().toString().replace(":", "%3A") + ",line=")
                .contains(",title=analysis-incomplete::");
    }

    @Test
    void jsonHasTheFindingAndTheListOfFilesNotAnalysed() throws IOException {
        CommandRun r = run("--file-timeout", BUDGET, "--format", "json", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("findings").path(0).path("ruleId").asText()).isEqualTo("analysis-incomplete");
        assertThat(root.path("summary").path("filesNotAnalysed").asInt()).isEqualTo(1);
        JsonNode file = root.path("filesNotAnalysed").path(0);
        assertThat(file.path("file").asText()).endsWith("/app/Big.java");
        assertThat(file.path("ruleId").asText()).isEqualTo("analysis-incomplete");
        assertThat(file.path("reason").asText()).matches(REASON);
    }

    @Test
    void aConfigurationSuppressionWithAReasonPassesTheGateButStillCountsTheFile() throws IOException {
        Files.writeString(dir.resolve("durable-check.json"), """
                {"suppress": [{"rules": ["analysis-incomplete"], "files": ["app/Big.java"],
                               "reason": "generated; the generator's tests check it"}]}
                """);

        CommandRun r = run("--file-timeout", BUDGET, dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).containsExactly("0 findings in 1 file (1 with durable code, 1 not analysed); 1 suppressed");
    }

    @Test
    void aBaselinedFileNotAnalysedPassesTheGateButStillCountsTheFile() {
        Path baseline = dir.resolve("baseline.json");
        CommandRun written = run("--file-timeout", BUDGET, "--write-baseline", baseline.toString(), dir.toString());
        assertThat(written.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);

        CommandRun r = run("--file-timeout", BUDGET, "--baseline", baseline.toString(), dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).containsExactly("0 findings in 1 file (1 with durable code, 1 not analysed); 1 in the baseline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "soon"})
    void aBudgetThatIsNotAPositiveNumberIsAUsageError(String budget) {
        CommandRun r = run("--file-timeout", budget, dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("durable-check: ").contains("--file-timeout").endsWith("(see durable-check --help)" + System.lineSeparator());
    }
}
