package dev.durablecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durablecheck.core.report.SarifChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.durablecheck.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adopting durable-check on existing code, as a user does it on the command line: a baseline
 * written from today's findings and then applied, a configuration file found or given, and
 * suppressed findings counted, hidden from the text output and written to SARIF on request.
 */
class AdoptionCommandTest {

    /** Two findings: a clock read (error) and an environment read (warning) in orchestration code. */
    private static final String HANDLER = """
            package app;

            import java.time.Instant;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Handler extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    Instant started = Instant.now();
                    String stage = System.getenv("STAGE");
                    return context.step("work", String.class, s -> input + started + stage);
                }
            }
            """;

    /** The same handler with lines inserted above the findings and a new hazard in a new method. */
    private static final String HANDLER_WITH_NEW_HAZARD = """
            package app;

            import java.time.Instant;
            import java.util.UUID;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Handler extends DurableHandler<String, String> {

                // Added above the existing findings: they move down by several lines.

                @Override
                public String handleRequest(String input, DurableContext context) {
                    Instant started = Instant.now();
                    String stage = System.getenv("STAGE");
                    String audit = audit(context);
                    return context.step("work", String.class, s -> input + started + stage + audit);
                }

                private String audit(DurableContext ctx) {
                    String id = UUID.randomUUID().toString();
                    return ctx.step("audit", String.class, s -> id);
                }
            }
            """;

    /** One finding suppressed by a comment, one by an annotation, one reported. */
    private static final String SUPPRESSED = """
            package app;

            import java.time.Instant;
            import java.util.UUID;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Handler extends DurableHandler<String, String> {
                @Override
                @SuppressWarnings("durable:environment-read")
                public String handleRequest(String input, DurableContext context) {
                    Instant metric = Instant.now(); // durable-check:ignore nondeterministic-time -- a metric only
                    String stage = System.getenv("STAGE");
                    String id = UUID.randomUUID().toString();
                    return context.step("work", String.class, s -> input + metric + stage + id);
                }
            }
            """;

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- baseline: the three commands

    @Test
    void adoptionInThreeCommandsWriteTheBaselineThenFailOnlyOnNewFindings() throws IOException {
        Path src = dir.resolve("src");
        write("src/app/Handler.java", HANDLER);
        Path baseline = dir.resolve("durable-check-baseline.json");

        CommandRun written = run("--write-baseline", baseline.toString(), src.toString());
        assertThat(written.exitCode()).as("writing a baseline accepts today's findings").isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(Files.isRegularFile(baseline)).isTrue();
        assertThat(entries(baseline)).hasSize(2);
        assertThat(written.err()).contains("wrote 2 findings to the baseline " + baseline);

        CommandRun clean = run("--baseline", baseline.toString(), src.toString());
        assertThat(clean.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(findingLines(clean)).isEmpty();
        assertThat(clean.outLines()).last().asString().startsWith("No findings").contains("2 in the baseline");

        write("src/app/Handler.java", HANDLER_WITH_NEW_HAZARD);
        CommandRun failing = run("--baseline", baseline.toString(), src.toString());
        assertThat(failing.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(findingLines(failing)).singleElement().asString()
                .contains("Handler.java:" + lineOf(HANDLER_WITH_NEW_HAZARD, "UUID.randomUUID()") + ":")
                .endsWith("[nondeterministic-uuid]");
        assertThat(failing.outLines()).last().asString().startsWith("1 finding (1 error, 0 warnings, 0 notes)")
                .contains("; 2 in the baseline");
    }

    @Test
    void includeBaselinedWritesTheAcceptedFindingsToSarifAsUnchangedAndTheNewOnesAsNew() throws IOException {
        Path src = dir.resolve("src");
        write("src/app/Handler.java", HANDLER);
        Path baseline = dir.resolve("durable-check-baseline.json");
        run("--write-baseline", baseline.toString(), src.toString());
        write("src/app/Handler.java", HANDLER_WITH_NEW_HAZARD);

        CommandRun sarif = run("--format", "sarif", "--baseline", baseline.toString(), "--include-baselined", src.toString());
        CommandRun text = run("--baseline", baseline.toString(), "--include-baselined", src.toString());

        JsonNode results = SarifChecks.assertValidForGithub(sarif.out()).path("runs").path(0).path("results");
        assertThat(results).extracting(r -> r.path("ruleId").asText() + ":" + r.path("baselineState").asText())
                .containsExactlyInAnyOrder("nondeterministic-time:unchanged", "environment-read:unchanged",
                        "nondeterministic-uuid:new");
        assertThat(sarif.exitCode()).as("a baselined finding still does not fail the gate").isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(text.err()).contains("--include-baselined apply to --format sarif (html always lists those findings)");
        assertThat(findingLines(text)).singleElement().asString().endsWith("[nondeterministic-uuid]");
    }

    @Test
    void staleBaselineEntriesAreCountedInTheSummary() throws IOException {
        Path src = dir.resolve("src");
        write("src/app/Handler.java", HANDLER);
        Path baseline = dir.resolve("baseline.json");
        assertThat(run("--write-baseline", baseline.toString(), src.toString()).exitCode()).isZero();
        write("src/app/Handler.java", HANDLER.replace("System.getenv(\"STAGE\")", "\"prod\""));

        CommandRun r = run("--baseline", baseline.toString(), src.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).last().asString()
                .contains("1 in the baseline (1 baseline entry no longer matches and can be removed)");
    }

    @Test
    void theBaselineIsAppliedWhateverTheWorkingDirectoryBecauseItIsRelativeToItsOwnFolder() throws IOException {
        Path project = dir.resolve("project");
        write("project/src/app/Handler.java", HANDLER);
        Path baseline = project.resolve("durable-check-baseline.json");
        assertThat(run("--write-baseline", baseline.toString(), project.resolve("src").toString()).exitCode()).isZero();
        assertThat(Files.readString(baseline)).contains("\"src/app/Handler.java\"").doesNotContain(dir.toString());

        Path moved = dir.resolve("elsewhere/project");
        Files.createDirectories(moved.getParent());
        Files.move(project, moved);
        CommandRun r = run("--baseline", moved.resolve("durable-check-baseline.json").toString(), moved.resolve("src").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).last().asString().contains("2 in the baseline");
    }

    @Test
    void writingTheBaselineIsAtomicSortedAndStable() throws IOException {
        Path src = dir.resolve("src");
        write("src/app/Handler.java", HANDLER_WITH_NEW_HAZARD);
        write("src/app/billing/Billing.java", HANDLER.replace("package app;", "package app.billing;")
                .replace("class Handler", "class Billing"));
        Path folder = Files.createDirectories(dir.resolve("baselines"));
        Path baseline = folder.resolve("baseline.json");
        Files.writeString(baseline, "previous content");

        assertThat(run("--write-baseline", baseline.toString(), src.toString()).exitCode()).isZero();
        String first = Files.readString(baseline);
        assertThat(run("--write-baseline", baseline.toString(), "--jobs", "1", src.toString()).exitCode()).isZero();
        String second = Files.readString(baseline);

        assertThat(second).isEqualTo(first).doesNotContain("previous content");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactly("baseline.json");
        }
        List<JsonNode> entries = entries(baseline);
        assertThat(entries).hasSize(5);
        List<String> keys = entries.stream()
                .map(e -> e.path("file").asText() + "\u0000" + e.path("rule").asText() + "\u0000" + e.path("fingerprint").asText())
                .toList();
        assertThat(keys).isSorted();
    }

    @Test
    void aBaselineInASubfolderStillMatchesAfterTheTreeMoves() throws IOException {
        write("project/src/app/Handler.java", HANDLER);
        Path baseline = dir.resolve("project/.durable-check/baseline.json");
        Files.createDirectories(baseline.getParent());
        assertThat(run("--write-baseline", baseline.toString(), dir.resolve("project/src").toString()).exitCode()).isZero();

        Path moved = dir.resolve("ci-checkout/project");
        Files.createDirectories(moved.getParent());
        Files.move(dir.resolve("project"), moved);
        CommandRun r = run("--baseline", moved.resolve(".durable-check/baseline.json").toString(), moved.resolve("src").toString());

        assertThat(Files.readString(moved.resolve(".durable-check/baseline.json"))).doesNotContain(dir.toString());
        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(r.outLines()).last().asString().contains("2 in the baseline");
    }

    @Test
    void writingTheBaselineIntoAMissingFolderExitsTwo() throws IOException {
        write("src/app/Handler.java", HANDLER);
        Path baseline = dir.resolve("no/such/folder/baseline.json");

        CommandRun r = run("--write-baseline", baseline.toString(), dir.resolve("src").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.err()).contains("cannot write the baseline").contains(baseline.toString());
        assertThat(Files.exists(baseline)).isFalse();
    }

    @Test
    void aMissingBaselineFileExitsTwoWithOneLineNamingIt() throws IOException {
        write("src/app/Handler.java", HANDLER);
        Path missing = dir.resolve("missing-baseline.json");

        CommandRun r = run("--baseline", missing.toString(), dir.resolve("src").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("durable-check: ").contains(missing.toString()).contains("--write-baseline");
    }

    @Test
    void aBaselineThatIsNotOneExitsTwoNamingTheFile() throws IOException {
        write("src/app/Handler.java", HANDLER);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"findings\": {");

        CommandRun r = run("--baseline", broken.toString(), dir.resolve("src").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.err()).startsWith("durable-check: " + broken).contains("not a durable-check baseline");
    }

    @Test
    void refreshingABaselineInPlaceKeepsTheFindingsItHeld() throws IOException {
        Path src = dir.resolve("src");
        write("src/app/Handler.java", HANDLER);
        Path baseline = dir.resolve("baseline.json");
        assertThat(run("--write-baseline", baseline.toString(), src.toString()).exitCode()).isZero();

        assertThat(run("--baseline", baseline.toString(), "--write-baseline", baseline.toString(), src.toString()).exitCode())
                .isZero();

        assertThat(entries(baseline)).as("the current findings, recorded again").hasSize(2);
    }

    // ---------------------------------------------------------------- configuration

    @Test
    void aConfigurationFileAboveThePathIsFoundAndApplied() throws IOException {
        write("src/app/Handler.java", HANDLER);
        write("durable-check.json", """
                {"rules": {"nondeterministic-time": "off", "environment-read": "error"}}
                """);

        CommandRun r = run(dir.resolve("src/app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(findingLines(r)).singleElement().asString().contains(": error: ").endsWith("[environment-read]");
    }

    @Test
    void configConfiguresSinksDeterministicMembersAndStepWrappers() throws IOException {
        write("src/com/acme/Flags.java", """
                package com.acme;

                public final class Flags {
                    public static boolean isSafe(String name) { return name.isEmpty(); }
                    public static boolean enabled(String name) { return name.length() > 3; }
                }
                """);
        write("src/com/acme/Steps.java", """
                package com.acme;

                import java.util.function.Supplier;
                import software.amazon.lambda.durable.DurableContext;

                public final class Steps {
                    public static <T> T run(DurableContext ctx, String name, Class<T> type, Supplier<T> body) {
                        return ctx.step(name, type, s -> body.get());
                    }
                }
                """);
        String handler = """
                package app;

                import com.acme.Flags;
                import com.acme.Steps;
                import java.time.Instant;
                import java.util.UUID;
                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;

                public class Handler extends DurableHandler<String, String> {
                    @Override
                    public String handleRequest(String input, DurableContext context) {
                        String id = Steps.run(context, "id", String.class, () -> UUID.randomUUID().toString());
                        boolean safe = Flags.isSafe(input);
                        boolean on = Flags.enabled(input);
                        Instant now = Instant.now();
                        long millis = System.currentTimeMillis();
                        return context.step("work", String.class, s -> id + safe + on + now + millis);
                    }
                }
                """;
        write("src/app/Handler.java", handler);
        Path config = write("config/durable-check.json", """
                {
                  "sinks": [{"rule": "environment-read", "members": ["com.acme.Flags"]}],
                  "deterministic": [
                    {"members": ["com.acme.Flags#isSafe"], "why": "a pure check of the name"},
                    {"members": ["java.time.Instant#now()"], "why": "a fixed clock is installed in tests"}
                  ],
                  "stepBodies": [{"method": "com.acme.Steps#run", "bodyArgument": 3, "nameArgument": 1}]
                }
                """);

        CommandRun without = run(dir.resolve("src").toString());
        CommandRun with = run("--config", config.toString(), dir.resolve("src").toString());

        // Steps.run passes its name parameter on: an unverified-operation-name note in Steps.java, not asserted here.
        assertThat(findingLines(without)).filteredOn(l -> l.contains("Handler.java"))
                .extracting(AdoptionCommandTest::ruleAndLine).containsExactly(
                "nondeterministic-uuid@" + lineOf(handler, "UUID.randomUUID()"),
                "nondeterministic-time@" + lineOf(handler, "Instant.now()"),
                "nondeterministic-time@" + lineOf(handler, "System.currentTimeMillis()"));
        assertThat(findingLines(with)).filteredOn(l -> l.contains("Handler.java"))
                .extracting(AdoptionCommandTest::ruleAndLine).containsExactly(
                "environment-read@" + lineOf(handler, "Flags.enabled(input)"),
                "nondeterministic-time@" + lineOf(handler, "System.currentTimeMillis()"));
    }

    @Test
    void aBadConfigurationExitsTwoWithOneLineNamingTheFileTheKeyAndTheLine() throws IOException {
        write("src/app/Handler.java", HANDLER);
        Path config = write("durable-check.json", """
                {
                  "rules": {
                    "nondeterministic-time": "fatal"
                  }
                }
                """);

        CommandRun found = run(dir.resolve("src").toString());
        CommandRun given = run("--config", config.toString(), dir.resolve("src").toString());

        for (CommandRun r : List.of(found, given)) {
            assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).singleElement().asString()
                    .startsWith("durable-check: " + config + ":3: rules.nondeterministic-time: ")
                    .contains("'fatal'");
        }
    }

    @Test
    void anUnknownKeyAndInvalidJsonExitTwoNamingTheFile() throws IOException {
        write("src/app/Handler.java", HANDLER);
        Path unknown = write("unknown.json", "{\"rulez\": {}}");
        Path invalid = write("invalid.json", "{\n  \"rules\": {\n}\n");

        CommandRun a = run("--config", unknown.toString(), dir.resolve("src").toString());
        CommandRun b = run("--config", invalid.toString(), dir.resolve("src").toString());

        assertThat(a.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(a.errLines()).singleElement().asString().startsWith("durable-check: " + unknown + ":1: rulez: unknown key");
        assertThat(b.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(b.errLines()).singleElement().asString().startsWith("durable-check: " + invalid + ":").contains("not valid JSON");
    }

    @Test
    void anUnknownRuleIdInTheConfigurationExitsTwo() throws IOException {
        write("src/app/Handler.java", HANDLER);
        Path config = write("durable-check.json", "{\"rules\": {\"nondeterministic-tme\": \"off\"}}");

        CommandRun r = run(dir.resolve("src").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("durable-check: " + config + ":1: rules.nondeterministic-tme: unknown rule id (see durable-check --list-rules)");
    }

    @Test
    void theSuppressionChecksCanBeConfiguredLikeRules() throws IOException {
        write("src/app/Handler.java", HANDLER.replace("Instant started = Instant.now();",
                "Instant started = Instant.now(); // durable-check:ignore nondeterministic-tme -- typo"));
        write("durable-check.json", "{\"rules\": {\"unknown-suppression\": \"error\", \"environment-read\": \"off\"}}");

        CommandRun r = run(dir.resolve("src").toString());

        assertThat(findingLines(r)).extracting(AdoptionCommandTest::ruleAndLine).containsExactlyInAnyOrder(
                "nondeterministic-time@10", "unknown-suppression@10");
        assertThat(findingLines(r)).filteredOn(l -> l.endsWith("[unknown-suppression]"))
                .singleElement().asString().contains(": error: ");
    }

    @Test
    void aMissingConfigFileExitsTwo() throws IOException {
        write("src/app/Handler.java", HANDLER);
        Path missing = dir.resolve("nope.json");

        CommandRun r = run("--config", missing.toString(), dir.resolve("src").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).singleElement().asString().contains(missing.toString()).contains("not found");
    }

    @Test
    void excludeGlobsInTheConfigurationLeaveFilesOut() throws IOException {
        write("src/app/Handler.java", HANDLER);
        write("src/generated/Gen.java", HANDLER.replace("package app;", "package generated;").replace("class Handler", "class Gen"));
        write("durable-check.json", "{\"exclude\": [\"src/generated/**\"]}");

        CommandRun r = run(dir.resolve("src").toString());

        assertThat(findingLines(r)).hasSize(2).allSatisfy(l -> assertThat(l).contains("Handler.java"));
        assertThat(r.outLines()).last().asString().contains("in 1 file (1 with durable code)");
    }

    // ---------------------------------------------------------------- suppressed findings

    @Test
    void suppressedFindingsAreNotPrintedButCountedInTheSummary() throws IOException {
        write("src/app/Handler.java", SUPPRESSED);

        CommandRun r = run(dir.resolve("src").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(findingLines(r)).singleElement().asString().endsWith("[nondeterministic-uuid]");
        assertThat(r.outLines()).last().asString().startsWith("1 finding (1 error, 0 warnings, 0 notes)")
                .contains("; 2 suppressed");
    }

    @Test
    void sarifLeavesSuppressedFindingsOutAndHasNoSuppressionsWithoutTheFlag() throws IOException {
        write("src/app/Handler.java", SUPPRESSED);

        CommandRun r = run("--format", "sarif", dir.resolve("src").toString());

        JsonNode results = SarifChecks.parse(r.out()).path("runs").get(0).path("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("ruleId").asText()).isEqualTo("nondeterministic-uuid");
        assertThat(results.get(0).has("suppressions")).isFalse();
        assertThat(SarifChecks.schemaViolations(r.out())).isEmpty();
        assertThat(r.err()).contains("2 suppressed");
    }

    @Test
    void withIncludeSuppressedSarifHasEveryResultWithSuppressionsInSourceForTheSuppressedOnes() throws IOException {
        write("src/app/Handler.java", SUPPRESSED);

        CommandRun r = run("--format", "sarif", "--include-suppressed", dir.resolve("src").toString());

        assertThat(r.exitCode()).as("suppressed findings do not fail the run").isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(SarifChecks.schemaViolations(r.out())).isEmpty();
        JsonNode results = SarifChecks.parse(r.out()).path("runs").get(0).path("results");
        assertThat(results).hasSize(3);
        List<String> problems = new ArrayList<>();
        for (JsonNode result : results) {
            if (!result.has("suppressions") || !result.path("suppressions").isArray()) {
                problems.add(result.path("ruleId").asText() + ": no suppressions array (SARIF wants it on all results or none)");
            }
        }
        assertThat(problems).isEmpty();
        JsonNode time = byRule(results, "nondeterministic-time");
        JsonNode env = byRule(results, "environment-read");
        JsonNode uuid = byRule(results, "nondeterministic-uuid");
        assertThat(uuid.path("suppressions")).isEmpty();
        assertThat(time.path("suppressions")).singleElement().satisfies(s -> {
            assertThat(s.path("kind").asText()).isEqualTo("inSource");
            assertThat(s.path("justification").asText()).isEqualTo("a metric only");
        });
        assertThat(env.path("suppressions")).singleElement().satisfies(s -> {
            assertThat(s.path("kind").asText()).isEqualTo("inSource");
            assertThat(s.path("justification").asText()).contains("durable:environment-read");
        });
        assertThat(time.path("partialFingerprints").size()).isPositive();
    }

    @Test
    void withIncludeSuppressedAndOnlySuppressedFindingsTheRunIsClean() throws IOException {
        write("src/app/Handler.java", SUPPRESSED.replace("String id = UUID.randomUUID().toString();",
                "String id = UUID.randomUUID().toString(); // durable-check:ignore nondeterministic-uuid -- log only"));

        CommandRun r = run("--format", "sarif", "--include-suppressed", dir.resolve("src").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        JsonNode results = SarifChecks.parse(r.out()).path("runs").get(0).path("results");
        assertThat(results).hasSize(3).allSatisfy(res -> assertThat(res.path("suppressions")).hasSize(1));
        assertThat(r.err()).contains("No findings").contains("3 suppressed");
    }

    @Test
    void aSuppressedFindingIsNotWrittenToTheBaseline() throws IOException {
        write("src/app/Handler.java", SUPPRESSED);
        Path baseline = dir.resolve("baseline.json");

        assertThat(run("--write-baseline", baseline.toString(), dir.resolve("src").toString()).exitCode()).isZero();

        assertThat(entries(baseline)).singleElement().satisfies(e -> assertThat(e.path("rule").asText())
                .isEqualTo("nondeterministic-uuid"));
    }

    // ---------------------------------------------------------------- helpers

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** The finding lines of the text output: {@code path:line:col: severity: message [rule]}, without chain lines. */
    private static List<String> findingLines(CommandRun r) {
        return r.outLines().stream().filter(l -> l.matches("^\\S.*:\\d+:\\d+: (error|warning|note): .* \\[[a-z0-9-]+]$")).toList();
    }

    /** {@code rule@line} of a finding line. */
    private static String ruleAndLine(String findingLine) {
        String rule = findingLine.substring(findingLine.lastIndexOf('[') + 1, findingLine.length() - 1);
        String[] parts = findingLine.split(":");
        int i = 0;
        while (!parts[i].endsWith(".java")) {
            i++;
        }
        return rule + "@" + parts[i + 1];
    }

    private static int lineOf(String source, String needle) {
        int at = source.indexOf(needle);
        assertThat(at).as("'%s' in the source", needle).isNotNegative();
        return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<JsonNode> entries(Path baseline) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(baseline.toFile()).path("findings").forEach(out::add);
        return out;
    }

    private static JsonNode byRule(JsonNode results, String ruleId) {
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result of " + ruleId);
    }
}
