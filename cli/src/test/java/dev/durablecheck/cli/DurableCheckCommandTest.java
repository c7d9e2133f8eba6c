package dev.durablecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durablecheck.core.report.SarifChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static dev.durablecheck.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a user meets it: exit codes, what goes to stdout and stderr, and the shape
 * of the text output, on source trees written into temporary folders. The SDK is not on the
 * class path: the analyzer recognises {@code DurableContext} and {@code DurableHandler} by import.
 */
class DurableCheckCommandTest {

    private static final String SUMMARY_ONE_CLEAN_FILE = "No findings in 1 file (1 with durable code)";
    private static final Pattern FINDING = Pattern.compile("^(.+):(\\d+):(\\d+): (error|warning|note): (.+) \\[([a-z0-9-]+)]$");

    /** A handler whose only durable-code problem is {@code Instant.now()} read in orchestration code. */
    private static final String TIME_IN_HANDLER = """
            package app;

            import java.time.Instant;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Handler extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    Instant started = Instant.now();
                    return input + started;
                }
            }
            """;

    /** The same handler with the clock read inside a step: clean. */
    private static final String TIME_IN_STEP = """
            package app;

            import java.time.Instant;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Handler extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    Instant started = context.step("now", Instant.class, s -> Instant.now());
                    return input + started;
                }
            }
            """;

    /** A handler whose only finding is the warning-level {@code environment-read}. */
    private static final String ENV_IN_HANDLER = """
            package app;

            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Handler extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    String stage = System.getenv("STAGE");
                    return input + stage;
                }
            }
            """;

    /** Mentions DurableContext, so it is a candidate, and lacks a closing brace; the parser stops at 10:1. */
    private static final String BROKEN = """
            package app;

            import software.amazon.lambda.durable.DurableContext;

            public class Broken {
                void run(DurableContext context) {
                    if (context != null) {
                        int x = 1;
                }
            }
            """;

    /** A record: parses from Java 14 on. */
    private static final String RECORD_HANDLER = """
            package app;

            import software.amazon.lambda.durable.DurableContext;

            public class Points {
                record Point(int x, int y) {
                }

                String run(DurableContext context) {
                    Point p = new Point(1, 2);
                    return p.toString();
                }
            }
            """;

    /** A handler whose only finding is the note-level {@code unverified-operation-name}. */
    private static final String NAME_FROM_HELPER = """
            package app;

            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Named extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    return context.step(java.net.URLEncoder.encode(input, java.nio.charset.StandardCharsets.UTF_8),
                            String.class, s -> input);
                }
            }
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- findings and exit codes

    @Test
    void cleanHandlerExitsZeroAndPrintsOnlyTheSummary() throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).containsExactly(SUMMARY_ONE_CLEAN_FILE);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void clockReadInHandlerIsReportedAtTheCallWithExitOne() throws IOException {
        Path handler = write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(2);
        String finding = r.outLines().get(0);
        assertThat(finding)
                .startsWith(shown(handler) + ":" + position(TIME_IN_HANDLER, "Instant.now()") + ": error: 'Instant.now()' ")
                .endsWith(" [nondeterministic-time]");
        assertThat(position(TIME_IN_HANDLER, "Instant.now()")).isEqualTo("10:27");
        assertThat(r.outLines().get(1)).isEqualTo("1 finding (1 error, 0 warnings, 0 notes) in 1 file (1 with durable code)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void eachFolderIsJudgedByItsOwnConfigurationInEitherOrderOfThePaths() throws IOException {
        write("orders/app/Handler.java", TIME_IN_HANDLER);
        write("billing/app/Handler.java", TIME_IN_HANDLER);
        write("billing/durable-check.json", "{\"rules\": {\"nondeterministic-time\": \"off\"}}");
        String orders = dir.resolve("orders").toString();
        String billing = dir.resolve("billing").toString();

        CommandRun ordersFirst = run(orders, billing);
        CommandRun billingFirst = run(billing, orders);

        assertThat(ordersFirst.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(ordersFirst.outLines()).hasSize(2);
        assertThat(ordersFirst.outLines().get(0)).contains("orders/app/Handler.java:10:27: error:");
        assertThat(billingFirst.out()).isEqualTo(ordersFirst.out());
        assertThat(billingFirst.exitCode()).isEqualTo(ordersFirst.exitCode());
    }

    @Test
    void pathsBelowTheWorkingDirectoryAreShownRelativeToIt() throws IOException {
        Path base = Path.of("target");
        Files.createDirectories(base);
        Path tree = Files.createTempDirectory(base, "cli-relative-");
        try {
            Files.createDirectories(tree.resolve("app"));
            Files.writeString(tree.resolve("app/Handler.java"), TIME_IN_HANDLER);
            String relative = tree.toString().replace('\\', '/');

            CommandRun r = run(relative);

            assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
            assertThat(r.outLines().get(0))
                    .startsWith(relative + "/app/Handler.java:10:27: error: 'Instant.now()' ")
                    .endsWith(" [nondeterministic-time]");
        } finally {
            deleteRecursively(tree);
        }
    }

    @Test
    void failOnNeverExitsZeroButStillPrintsTheFindings() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun r = run("--fail-on", "never", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).endsWith("[nondeterministic-time]");
    }

    @Test
    void failOnWarningFailsOnAWarningOnlyRun() throws IOException {
        write("app/Handler.java", ENV_IN_HANDLER);

        CommandRun r = run("--fail-on", "warning", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines().get(0))
                .contains(": warning: 'System.getenv(\"STAGE\")' ")
                .endsWith("[environment-read]");
    }

    @Test
    void defaultFailOnErrorPassesAWarningOnlyRun() throws IOException {
        write("app/Handler.java", ENV_IN_HANDLER);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).endsWith("[environment-read]");
        assertThat(r.outLines().get(1)).isEqualTo("1 finding (0 errors, 1 warning, 0 notes) in 1 file (1 with durable code)");
    }

    @Test
    void failOnNoteFailsOnAWarningAndPassesACleanRun() throws IOException {
        write("app/Handler.java", ENV_IN_HANDLER);
        assertThat(run("--fail-on", "note", dir.toString()).exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);

        write("app/Handler.java", TIME_IN_STEP);
        assertThat(run("--fail-on", "note", dir.toString()).exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
    }

    @Test
    void failOnIgnoresCase() throws IOException {
        write("app/Handler.java", ENV_IN_HANDLER);

        assertThat(run("--fail-on", "WARNING", dir.toString()).exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
    }

    @Test
    void failOnWithAnUnknownValueIsAUsageError() throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run("--fail-on", "bogus", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("--fail-on").contains("bogus");
        assertThat(r.out()).isEmpty();
    }

    // ---------------------------------------------------------------- usage errors

    @Test
    void missingPathIsAUsageErrorNamingThePath() {
        Path missing = dir.resolve("does-not-exist");

        CommandRun r = run(missing.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains(missing.toString());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noPathAtAllIsAUsageError() {
        CommandRun r = run();

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("PATH");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run("--frobnicate", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("--frobnicate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void jobsBelowOneIsRejectedWithExitTwo() throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run("--jobs", "0", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.err()).contains("jobs");
    }

    @Test
    void jobsBelowOneIsReportedAsAUsageErrorNotAnInternalError() throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run("--jobs", "0", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .contains("--jobs")
                .doesNotContain("internal error")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    // ---------------------------------------------------------------- informational options

    @Test
    void versionPrintsTheProjectVersion() {
        CommandRun r = run("--version");

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).singleElement().asString().matches("durable-check \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpExitsZeroAndDocumentsFailOn() {
        CommandRun r = run("--help");

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.out()).startsWith("Usage: durable-check").contains("--fail-on");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void listRulesGivesTheConfiguredSeverityAndEachRulesPageAlsoAsJson() throws IOException {
        write("durable-check.json", "{\"rules\": {\"nondeterministic-time\": \"warning\", \"blocking-sleep\": \"off\"}}");

        CommandRun text = run("--list-rules", dir.toString());
        CommandRun json = run("--list-rules", "--format", "json", dir.toString());

        assertThat(text.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(text.outLines()).anySatisfy(line -> assertThat(line).startsWith("nondeterministic-time")
                .contains(" warning ").endsWith("/docs/rules/nondeterministic-time.md"));
        assertThat(text.outLines()).anySatisfy(line -> assertThat(line).startsWith("blocking-sleep").contains(" off "));
        JsonNode rules = new ObjectMapper().readTree(json.out()).path("rules");
        assertThat(rules).hasSize(text.outLines().size() - 1);
        assertThat(new ObjectMapper().readTree(json.out()).path("profiles").path(0).asText()).isEqualTo("aws-lambda-durable-java-2");
        JsonNode time = StreamSupport.stream(rules.spliterator(), false)
                .filter(r -> r.path("id").asText().equals("nondeterministic-time")).findFirst().orElseThrow();
        assertThat(time.path("severity").asText()).isEqualTo("warning");
        assertThat(time.path("defaultSeverity").asText()).isEqualTo("error");
        assertThat(time.path("helpUri").asText())
                .isEqualTo("https://github.com/durable-check/durable-check/blob/main/docs/rules/nondeterministic-time.md");
    }

    @Test
    void ruleDocsUrlMovesTheLinksAndMustBeAnHttpUrl() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun listed = run("--list-rules", "--rule-docs-url", "https://wiki.acme.example/durable");
        CommandRun sarif = run("--format", "sarif", "--rule-docs-url", "https://wiki.acme.example/durable", dir.toString());
        CommandRun bad = run("--rule-docs-url", "wiki/durable", dir.toString());

        assertThat(listed.outLines().subList(1, listed.outLines().size()))
                .allSatisfy(line -> assertThat(line).contains(" https://wiki.acme.example/durable/"));
        assertThat(sarif.out()).contains("\"helpUri\" : \"https://wiki.acme.example/durable/nondeterministic-time.md\"");
        assertThat(bad.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(bad.err()).contains("--rule-docs-url 'wiki/durable' is not an http(s) URL");
    }

    @Test
    void aNamedProfileJudgesTheCodeAsTheDefaultDoesWhenItIsTheOnlyRuntime() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun all = run(dir.toString());
        CommandRun aws = run("--profile", "aws-lambda-durable-java-2", dir.toString());

        assertThat(aws.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(aws.out()).isEqualTo(all.out());
    }

    @Test
    void noColorCountsOnlyWhenSetToSomething() {
        assertThat(DurableCheckCommand.colorAllowed(false, null)).isTrue();
        assertThat(DurableCheckCommand.colorAllowed(false, "")).isTrue();
        assertThat(DurableCheckCommand.colorAllowed(false, "1")).isFalse();
        assertThat(DurableCheckCommand.colorAllowed(true, null)).isFalse();
    }

    @Test
    void listRulesPrintsEveryIdWithItsSeveritySortedById() {
        CommandRun r = run("--list-rules");

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines().get(0)).isEqualTo("runtime profiles: aws-lambda-durable-java-2, temporal-java-1");
        List<String> ruleLines = r.outLines().subList(1, r.outLines().size());
        List<String> idAndSeverity = ruleLines.stream()
                .map(line -> line.split("\\s+"))
                .map(cells -> cells[0] + " " + cells[1])
                .toList();
        assertThat(idAndSeverity).containsExactly(
                "analysis-incomplete error",
                "blocking-sleep error",
                "captured-state-mutation error",
                "duplicate-operation-name warning",
                "environment-read warning",
                "nested-durable-operation error",
                "nondeterministic-operation-name error",
                "nondeterministic-random error",
                "nondeterministic-time error",
                "nondeterministic-uuid error",
                "parent-context-in-child error",
                "parse-error error",
                "replay-unsafe-logging warning",
                "shared-mutable-state warning",
                "side-effect-outside-step error",
                "suppression-without-reason note",
                "swallowed-suspension error",
                "unknown-suppression warning",
                "unmanaged-concurrency error",
                "unordered-iteration error",
                "unverified-operation-name note");
        assertThat(ruleLines).allSatisfy(line -> assertThat(line.split("\\s{2,}")).hasSize(4));
        assertThat(r.err()).isEmpty();
    }

    // ---------------------------------------------------------------- parse errors

    @Test
    void fileThatDoesNotParseIsReportedNextToTheOtherFilesFindings() throws IOException {
        Path broken = write("app/Broken.java", BROKEN);
        Path handler = write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(3);
        assertThat(r.outLines().get(0))
                .startsWith(shown(broken) + ":10:2: error: cannot parse: Parse error. Found <EOF>")
                .endsWith(" [parse-error]");
        assertThat(r.outLines().get(1))
                .startsWith(shown(handler) + ":10:27: error: 'Instant.now()' ")
                .endsWith(" [nondeterministic-time]");
        assertThat(r.outLines().get(2)).isEqualTo("2 findings (2 errors, 0 warnings, 0 notes) in 2 files (2 with durable code, 1 not analysed)");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    // ---------------------------------------------------------------- class path

    @Test
    void missingClasspathEntryIsAWarningAndTheAnalysisStillRuns() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);
        Path jar = dir.resolve("missing.jar");

        CommandRun r = run("--classpath", jar.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.errLines()).singleElement().asString().contains("warning").contains(jar.toString());
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).endsWith("[nondeterministic-time]");
    }

    @Test
    void corruptJarIsAWarningAndTheRunCompletes() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);
        Path jar = dir.resolve("x.jar");
        byte[] garbage = new byte[512];
        new Random(7).nextBytes(garbage);
        Files.write(jar, garbage);

        CommandRun r = run("-cp", jar.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.errLines()).singleElement().asString().contains("warning").contains("x.jar");
        assertThat(r.err()).doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(r.outLines()).last().asString().startsWith("1 finding (1 error");
    }

    @Test
    void everyUnusableEntryOfASeparatedClasspathIsNamed() throws IOException {
        write("app/Handler.java", TIME_IN_STEP);
        Path corrupt = Files.writeString(dir.resolve("y.jar"), "not a zip file");
        Path missing = dir.resolve("gone.jar");

        CommandRun r = run("--classpath", corrupt + File.pathSeparator + missing, dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.errLines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("y.jar"))
                .anySatisfy(line -> assertThat(line).contains(missing.toString()));
        assertThat(r.outLines()).containsExactly(SUMMARY_ONE_CLEAN_FILE);
    }

    // ---------------------------------------------------------------- determinism and output shape

    @Test
    void outputIsTheSameWithOneAndWithFourWorkersAndSortedByPathLineColumn() throws IOException {
        writeManyHandlers();

        CommandRun one = run("--jobs", "1", "--fail-on", "never", dir.toString());
        CommandRun four = run("--jobs", "4", "--fail-on", "never", dir.toString());
        CommandRun fourAgain = run("-j", "4", "--fail-on", "never", dir.toString());

        assertThat(four.out()).isEqualTo(one.out());
        assertThat(fourAgain.out()).isEqualTo(one.out());

        List<Location> locations = new ArrayList<>();
        for (String line : one.outLines()) {
            Matcher m = FINDING.matcher(line);
            if (m.matches()) {
                locations.add(new Location(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        }
        assertThat(locations).hasSize(one.outLines().size() - 1).hasSizeGreaterThan(20);
        assertThat(locations).isSortedAccordingTo(Comparator.comparing(Location::path)
                .thenComparingInt(Location::line)
                .thenComparingInt(Location::column));
        // lines 9 and 10+ in one file, and two findings on one line, so that a textual sort would show
        assertThat(locations).extracting(Location::line).contains(9, 10, 11);
        assertThat(one.out()).contains(":11:18: error: 'System.currentTimeMillis()'")
                .contains(":11:47: error: 'System.nanoTime()'");
    }

    @Test
    void outputHasNoAnsiEscapesWhenNotATerminal() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);
        write("app/Env.java", ENV_IN_HANDLER.replace("class Handler", "class Env"));
        write("app/Broken.java", BROKEN);

        for (CommandRun r : List.of(run(dir.toString()), run("--verbose", dir.toString()), run("--help"),
                run("--list-rules"), run("--fail-on", "bogus", dir.toString()))) {
            assertThat(r.out()).doesNotContain("\u001B");
            assertThat(r.err()).doesNotContain("\u001B");
        }
    }

    // ---------------------------------------------------------------- report formats and files

    @Test
    void sarifOnStdoutIsOnlyValidSarifAndTheSummaryGoesToStderr() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun r = run("--format", "sarif", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        JsonNode log = SarifChecks.assertValidForGithub(r.out());
        assertThat(r.out()).startsWith("{").endsWith("}\n");
        JsonNode run = log.path("runs").path(0);
        assertThat(run.path("tool").path("driver").path("version").asText()).isEqualTo(VersionProvider.version());
        assertThat(run.path("results").size()).isEqualTo(1);
        assertThat(run.path("results").path(0).path("ruleId").asText()).isEqualTo("nondeterministic-time");
        assertThat(run.has("automationDetails")).isFalse();
        assertThat(r.errLines()).containsExactly("1 finding (1 error, 0 warnings, 0 notes) in 1 file (1 with durable code)");
    }

    @Test
    void sarifPathsBelowTheWorkingDirectoryAreRelativeToSrcroot() throws IOException {
        Path base = Path.of("target");
        Files.createDirectories(base);
        Path tree = Files.createTempDirectory(base, "cli-sarif-");
        try {
            Files.createDirectories(tree.resolve("app"));
            Files.writeString(tree.resolve("app/Handler.java"), TIME_IN_HANDLER);
            String relative = tree.toString().replace('\\', '/');

            CommandRun r = run("-f", "sarif", relative);

            JsonNode run = SarifChecks.assertValidForGithub(r.out()).path("runs").path(0);
            JsonNode artifact = run.path("results").path(0).path("locations").path(0).path("physicalLocation").path("artifactLocation");
            assertThat(artifact.path("uri").asText()).isEqualTo(relative + "/app/Handler.java");
            assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            String root = Path.of("").toAbsolutePath().normalize().toUri().toString();
            assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
                    .isEqualTo(root.endsWith("/") ? root : root + "/");
        } finally {
            deleteRecursively(tree);
        }
    }

    @Test
    void sarifOfAFileThatDoesNotParseHasANotificationAndStaysValid() throws IOException {
        write("app/Broken.java", BROKEN);
        write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun r = run("--format", "sarif", dir.toString());

        JsonNode run = SarifChecks.assertValidForGithub(r.out()).path("runs").path(0);
        assertThat(run.path("results").size()).isEqualTo(2);
        JsonNode invocation = run.path("invocations").path(0);
        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.path("toolExecutionNotifications").size()).isEqualTo(1);
        assertThat(invocation.path("toolExecutionNotifications").path(0).path("message").path("text").asText())
                .endsWith("/app/Broken.java was not analysed: cannot parse: Parse error. Found <EOF>.");
        assertThat(invocation.path("toolExecutionNotifications").path(0).path("locations").path(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()).endsWith("/app/Broken.java");
    }

    @Test
    void sarifIsByteIdenticalWithOneAndWithFourWorkers() throws IOException {
        writeManyHandlers();

        CommandRun one = run("--jobs", "1", "--format", "sarif", dir.toString());
        CommandRun four = run("--jobs", "4", "--format", "sarif", dir.toString());

        assertThat(four.out()).isEqualTo(one.out());
        assertThat(SarifChecks.assertValidForGithub(one.out()).path("runs").path(0).path("results").size()).isGreaterThan(20);
    }

    @Test
    void automationIdIsWrittenIntoTheSarif() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun r = run("--format", "sarif", "--automation-id", "durable-check/orders-service", dir.toString());

        JsonNode run = SarifChecks.assertValidForGithub(r.out()).path("runs").path(0);
        assertThat(run.path("automationDetails").path("id").asText()).isEqualTo("durable-check/orders-service");
    }

    @Test
    void outputWritesTheReportToTheFileAndNothingToStdout() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);
        Path report = dir.resolve("durable-check.sarif");

        CommandRun r = run("--format", "sarif", "--output", report.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("1 finding (1 error, 0 warnings, 0 notes) in 1 file (1 with durable code)");
        SarifChecks.assertValidForGithub(Files.readString(report));
        assertThat(siblings(report)).containsExactlyInAnyOrder("app", "durable-check.sarif");
    }

    @Test
    void outputReplacesAnExistingFileWhole() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);
        Path report = dir.resolve("report.sarif");
        Files.writeString(report, "old content that is longer than nothing\n".repeat(10_000));

        CommandRun r = run("-f", "sarif", "-o", report.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        String written = Files.readString(report);
        assertThat(written).doesNotContain("old content");
        SarifChecks.assertValidForGithub(written);
        assertThat(siblings(report)).containsExactlyInAnyOrder("app", "report.sarif");
    }

    @Test
    void outputThatIsAFolderIsAnErrorThatLeavesTheFolderAndNoTemporaryFile() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Path previous = Files.writeString(folder.resolve("previous.sarif"), "previous");

        CommandRun r = run("--format", "sarif", "--output", folder.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("durable-check: cannot write " + folder);
        assertThat(r.out()).isEmpty();
        assertThat(folder).isDirectory();
        assertThat(Files.readString(previous)).isEqualTo("previous");
        assertThat(siblings(folder)).containsExactlyInAnyOrder("app", "reports");
        assertThat(siblings(previous)).containsExactly("previous.sarif");
    }

    @Test
    void aReportThatCannotBeWrittenFailsEvenWithExitZero() throws IOException {
        Path handler = write("app/Handler.java", TIME_IN_STEP);
        Path report = handler.resolve("report.json");

        CommandRun r = run("--exit-zero", "--format", "json", "--output", report.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains(report.toString());
    }

    @Test
    void exitZeroPassesARunWithErrorsAndStillReportsThem() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);

        CommandRun r = run("--exit-zero", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).endsWith("[nondeterministic-time]");
    }

    @Test
    void exitZeroOverridesFailOnAndAppliesToEveryFormat() throws IOException {
        write("app/Handler.java", ENV_IN_HANDLER);

        for (String format : List.of("text", "sarif", "github", "json")) {
            CommandRun r = run("--exit-zero", "--fail-on", "warning", "--format", format, dir.toString());
            assertThat(r.exitCode()).as(format).isEqualTo(DurableCheckCommand.CLEAN);
            if (format.equals("sarif")) {
                SarifChecks.assertValidForGithub(r.out());
            }
            assertThat(run("--fail-on", "warning", "--format", format, dir.toString()).exitCode())
                    .as(format).isEqualTo(DurableCheckCommand.FINDINGS);
        }
    }

    @Test
    void githubFormatWritesOneWorkflowCommandPerFindingWithItsSeverity() throws IOException {
        Path handler = write("app/Handler.java", TIME_IN_HANDLER);
        write("app/Env.java", ENV_IN_HANDLER.replace("class Handler", "class Env"));
        write("app/Named.java", NAME_FROM_HELPER);

        CommandRun r = run("--format", "github", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(3).allSatisfy(line -> assertThat(line).matches("^::(error|warning|notice) file=.*::.+$"));
        assertThat(r.outLines()).anySatisfy(line -> assertThat(line).startsWith("::error "))
                .anySatisfy(line -> assertThat(line).startsWith("::warning "))
                .anySatisfy(line -> assertThat(line).startsWith("::notice "));
        String error = r.outLines().stream().filter(l -> l.startsWith("::error ")).findFirst().orElseThrow();
        assertThat(error).startsWith("::error file=" + shown(handler).replace(":", "%3A").replace(",", "%2C")
                + ",line=10,endLine=10,col=27,endColumn=39,title=nondeterministic-time::'Instant.now()' ");
        assertThat(r.errLines()).containsExactly("3 findings (1 error, 1 warning, 1 note) in 3 files (3 with durable code)");
    }

    @Test
    void githubFormatWritesNothingOnStdoutForACleanRun() throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run("--format", "github", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(SUMMARY_ONE_CLEAN_FILE);
    }

    @Test
    void jsonFormatParsesAndCountsTheFindings() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);
        write("app/Env.java", ENV_IN_HANDLER.replace("class Handler", "class Env"));

        CommandRun r = run("--format", "json", "--fail-on", "never", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.path("tool").path("version").asText()).isEqualTo(VersionProvider.version());
        assertThat(root.path("findings").size()).isEqualTo(2);
        assertThat(root.path("findings").findValuesAsText("ruleId")).containsExactlyInAnyOrder("nondeterministic-time", "environment-read");
        assertThat(root.path("summary").path("errors").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("warnings").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("filesScanned").asInt()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
    }

    @Test
    void formatIgnoresCaseAndAnUnknownFormatIsAUsageError() throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun upper = run("--format", "SARIF", dir.toString());
        assertThat(upper.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        SarifChecks.assertValidForGithub(upper.out());
        CommandRun r = run("--format", "xml", dir.toString());
        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("--format").contains("xml");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void machineFormatsCarryNoAnsiEscapes() throws IOException {
        write("app/Handler.java", TIME_IN_HANDLER);

        for (String format : List.of("sarif", "github", "json")) {
            CommandRun r = run("--format", format, dir.toString());
            if (format.equals("sarif")) {
                SarifChecks.assertValidForGithub(r.out());
            }
            assertThat(r.out()).as(format).doesNotContain("\u001B");
            assertThat(r.err()).as(format).doesNotContain("\u001B");
        }
    }

    // ---------------------------------------------------------------- language level

    @Test
    void recordBelowJava14IsAParseError() throws IOException {
        Path file = write("app/Points.java", RECORD_HANDLER);

        CommandRun r = run("--language-level", "11", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines().get(0))
                .startsWith(shown(file) + ":6:5: error: cannot parse: Record Declarations are not supported")
                .endsWith("[parse-error]");
        assertThat(run("--language-level", "17", dir.toString()).outLines()).containsExactly(SUMMARY_ONE_CLEAN_FILE);
    }

    /**
     * {@code --language-level 8} maps to {@code JAVA_1_8}, which JavaParser does not have (its Java 5 to 8
     * levels are {@code JAVA_5} .. {@code JAVA_8}), so the lowest documented level is refused. A file using
     * {@code var} would still parse at 8: before Java 10 {@code var} is a legal type name.
     */
    @Test
    void languageLevel8IsAcceptedAndRecordsAreParseErrors() throws IOException {
        Path file = write("app/Points.java", RECORD_HANDLER);

        CommandRun r = run("--language-level", "8", dir.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines().get(0)).startsWith(shown(file) + ":6:5: error: cannot parse: ").endsWith("[parse-error]");
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21})
    void documentedLanguageLevelsAreAccepted(int level) throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run("--language-level", String.valueOf(level), dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).containsExactly(SUMMARY_ONE_CLEAN_FILE);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5, 7, 99})
    void languageLevelsOutsideTheRangeAreUsageErrors(int level) throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run("--language-level", String.valueOf(level), dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("--language-level").contains(String.valueOf(level));
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4, 22, 26})
    void languageLevelsOutsideTheRangeThatJavaParserKnowsAreUsageErrorsToo(int level) throws IOException {
        write("app/Handler.java", TIME_IN_STEP);

        CommandRun r = run("--language-level", String.valueOf(level), dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains("--language-level");
    }

    // ---------------------------------------------------------------- helpers

    private record Location(String path, int line, int column) {
    }

    private Path write(String relative, String source) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source);
    }

    /** How the command shows {@code file}: relative to the working directory when below it, else absolute. */
    private static String shown(Path file) {
        Path base = Path.of("").toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** The 1-based {@code line:column} of the first occurrence of {@code needle} in {@code source}. */
    private static String position(String source, String needle) {
        int at = source.indexOf(needle);
        assertThat(at).as("'%s' in the source", needle).isNotNegative();
        String before = source.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = at - (before.lastIndexOf('\n') + 1) + 1;
        return line + ":" + column;
    }

    /**
     * Eight handlers in four packages (p0 .. p3), each with findings on lines 9 to 13: two on line 11,
     * an error and warnings, so that order and counts are worth comparing.
     */
    private void writeManyHandlers() throws IOException {
        for (int i = 0; i < 8; i++) {
            String pkg = "p" + (i % 4);
            String name = "Handler" + i;
            write(pkg + "/" + name + ".java", """
                    package %s;

                    import java.util.UUID;
                    import software.amazon.lambda.durable.DurableContext;
                    import software.amazon.lambda.durable.DurableHandler;

                    public class %s extends DurableHandler<String, String> {
                        public String handleRequest(String input, DurableContext context) {
                            String id = UUID.randomUUID().toString();
                            String stage = System.getenv("STAGE");
                            long t = System.currentTimeMillis() + System.nanoTime();
                            System.out.println(id + stage + t);
                            double r = Math.random();
                            return input + r;
                        }
                    }
                    """.formatted(pkg, name));
        }
        write("p0/NotDurable.java", "package p0;\n\nclass NotDurable {\n    long t = System.currentTimeMillis();\n}\n");
    }

    /** The names in the folder holding {@code file}, to see that no temporary file was left behind. */
    private static List<String> siblings(Path file) throws IOException {
        try (Stream<Path> list = Files.list(file.toAbsolutePath().getParent())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
