package dev.durablecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durablecheck.core.report.SarifChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GitHub Action's script ({@code scripts/action/run.sh}, which {@code action.yml} runs) end to
 * end, as a runner runs it: a fake {@code GITHUB_*} environment, a temporary workspace holding the
 * test corpus's examples as its {@code src/main/java}, and the CLI's all-jar as the action's
 * {@code jar} input, so nothing is built here. The action's checkout ({@code GITHUB_ACTION_PATH}) is
 * this repository, apart from the workspace as on a runner, and the script is started in neither,
 * so it must find both through the variables.
 *
 * <p>An IT because it runs the all-jar, which the shade plugin writes in the package phase, after
 * the unit tests: the cli POM runs {@code *IT} classes in a surefire execution after it.
 */
class GitHubActionIT {

    /** Surefire runs the tests in the cli folder. */
    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path RUN_SCRIPT = REPO_ROOT.resolve("scripts/action/run.sh");
    private static final Path SUMMARY_SCRIPT = REPO_ROOT.resolve("scripts/action/step_summary.py");
    private static final Path ALL_JAR = Path.of(System.getProperty("durableCheck.allJar", "set by the cli POM"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path temp;
    private Path workspace;
    private Path runnerTemp;
    private Path stepSummary;
    private Path outputs;

    @BeforeAll
    static void bashIsInstalled() {
        boolean bashRuns;
        try {
            bashRuns = new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            bashRuns = false;
        }
        assumeTrue(bashRuns, "the action's script needs bash");
    }

    @BeforeEach
    void runnerWithTheExamplesCheckedOut() throws IOException {
        workspace = temp.resolve("workspace");
        copyTree(REPO_ROOT.resolve("test-corpus/examples"), workspace.resolve("src/main/java"));
        runnerTemp = Files.createDirectories(temp.resolve("runner-temp"));
        // The runner creates both files before the step runs; the script appends to them.
        stepSummary = Files.createFile(temp.resolve("step-summary.md"));
        outputs = Files.createFile(temp.resolve("github-output"));
    }

    @Test
    void failsOnTheExamplesErrorsWithEveryFindingInTheSummaryAndSarifForCodeScanning() throws Exception {
        Result action = runAction(Map.of("INPUT_JAR", ALL_JAR.toString()));

        assertThat(action.exitCode()).as(action.log()).isEqualTo(1);
        List<JsonNode> findings = cliFindings();
        assertThat(findings).as("the examples have findings").hasSizeGreaterThan(10);
        String summary = Files.readString(stepSummary);
        assertThat(summary).contains("**Failed:** findings at or above `error`.");
        assertThat(tableRows(summary)).containsExactlyElementsOf(findings.stream().map(GitHubActionIT::row).toList());

        Path sarif = Path.of(actionOutputs().get("sarif-file"));
        assertThat(sarif).startsWith(runnerTemp);
        JsonNode log = SarifChecks.assertValidForGithub(Files.readString(sarif));
        assertThat(log.at("/runs/0/results").size()).isEqualTo(findings.size());
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .as("paths relative to the workspace, as code scanning resolves them")
                .isEqualTo(findings.get(0).path("file").asText());
    }

    @Test
    void passesWithFailOnNeverAndRunsAJarNamedByUrl() throws Exception {
        Result action = runAction(Map.of("INPUT_FAIL_ON", "never", "INPUT_JAR", ALL_JAR.toUri().toString()));

        assertThat(action.exitCode()).as(action.log()).isZero();
        String summary = Files.readString(stepSummary);
        assertThat(summary).contains("**Passed:** findings are only reported (`fail-on: never`).");
        assertThat(tableRows(summary)).containsExactlyElementsOf(cliFindings().stream().map(GitHubActionIT::row).toList());
        assertThat(Path.of(actionOutputs().get("json-file"))).isRegularFile();
    }

    @Test
    void readsTheBaselineRelativeToTheWorkspace() throws Exception {
        Files.createDirectories(workspace.resolve("ci"));
        Process baseline = new ProcessBuilder(JAVA, "-jar", ALL_JAR.toString(), "--write-baseline", "ci/baseline.json", "src/main/java")
                .directory(workspace.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(baseline.waitFor()).isZero();

        Result action = runAction(Map.of("INPUT_JAR", ALL_JAR.toString(), "INPUT_BASELINE", "ci/baseline.json"));

        assertThat(action.exitCode()).as(action.log()).isZero();
        String summary = Files.readString(stepSummary);
        assertThat(summary).contains("**Passed:**").contains("0 findings");
        assertThat(tableRows(summary)).isEmpty();
    }

    @Test
    void exitsTwoWithoutSarifWhenTheCheckCannotRun() throws Exception {
        Result action = runAction(Map.of("INPUT_JAR", ALL_JAR.toString(), "INPUT_FAIL_ON", "sometimes"));

        assertThat(action.exitCode()).as(action.log()).isEqualTo(2);
        assertThat(action.log()).contains("--fail-on");
        assertThat(actionOutputs()).doesNotContainKey("sarif-file");
        assertThat(Files.readString(stepSummary)).isEmpty();
    }

    @Test
    void summaryCellsShowMessagesAsWritten() throws Exception {
        Path report = temp.resolve("report.json");
        Files.writeString(report, """
                {
                  "findings" : [ {
                    "ruleId" : "environment-read",
                    "severity" : "warning",
                    "file" : "src/main/java/app/Flags_v2.java",
                    "line" : 7,
                    "message" : "'System.getenv(\\"A|B\\")' reads\\nList<String> *flags* & [more]"
                  } ],
                  "summary" : { "filesScanned" : 1, "filesAnalysed" : 1, "errors" : 0, "warnings" : 1, "notes" : 0 }
                }
                """);
        Process python = new ProcessBuilder("python3", SUMMARY_SCRIPT.toString(), report.toString(), "error", "0")
                .redirectErrorStream(true).start();
        String summary = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(summary).isZero();

        assertThat(summary).contains("1 finding (0 errors, 1 warning, 0 notes) in 1 file (1 with durable code).");
        assertThat(tableRows(summary)).containsExactly(
                "| src/main/java/app/Flags\\_v2.java:7 | warning | environment-read"
                        + " | 'System.getenv(\"A\\|B\")' reads<br>List&lt;String&gt; \\*flags\\* &amp; \\[more\\] |");
    }

    private record Result(int exitCode, String log) {
    }

    /** Runs the script as action.yml does, with the inputs as INPUT_* variables. */
    private Result runAction(Map<String, String> inputs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", RUN_SCRIPT.toString()).directory(temp.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // Nothing of a real runner's environment, should these tests run in one.
        env.keySet().removeIf(name -> name.startsWith("GITHUB_") || name.startsWith("RUNNER_") || name.startsWith("INPUT_")
                || name.startsWith("DURABLE_CHECK_"));
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_ACTION_PATH", REPO_ROOT.toString());
        env.put("GITHUB_STEP_SUMMARY", stepSummary.toString());
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("RUNNER_TEMP", runnerTemp.toString());
        env.putAll(inputs);
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the script finished").isTrue();
        return new Result(process.exitValue(), log);
    }

    /** The findings of the CLI's own JSON report on the same paths, from the workspace. */
    private List<JsonNode> cliFindings() throws Exception {
        Process cli = new ProcessBuilder(JAVA, "-jar", ALL_JAR.toString(), "--format", "json", "--fail-on", "never", "src/main/java")
                .directory(workspace.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String json = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor()).isZero();
        List<JsonNode> findings = new ArrayList<>();
        SarifChecks.parse(json).path("findings").forEach(findings::add);
        return findings;
    }

    /** The summary's row for a finding: file:line, severity, rule and message. */
    private static String row(JsonNode finding) {
        return "| " + cell(finding.path("file").asText()) + ":" + finding.path("line").asInt()
                + " | " + finding.path("severity").asText()
                + " | " + cell(finding.path("ruleId").asText())
                + " | " + cell(finding.path("message").asText()) + " |";
    }

    /** Markdown that shows {@code text} as written in a table cell (summaryCellsShowMessagesAsWritten pins it). */
    private static String cell(String text) {
        String html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return html.replaceAll("([\\\\`*_\\[\\]|~])", "\\\\$1").replaceAll("\r\n|\r|\n", "<br>");
    }

    /** The rows of the summary's findings table, without its header and delimiter rows. */
    private static List<String> tableRows(String summary) {
        List<String> lines = summary.lines().toList();
        int delimiter = lines.indexOf("| --- | --- | --- | --- |");
        if (delimiter < 0) {
            return List.of();
        }
        return lines.subList(delimiter + 1, lines.size()).stream().takeWhile(line -> line.startsWith("| ")).toList();
    }

    private Map<String, String> actionOutputs() throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(outputs)) {
            int equals = line.indexOf('=');
            values.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return values;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
