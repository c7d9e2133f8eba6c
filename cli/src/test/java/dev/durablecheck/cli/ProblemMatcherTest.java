package dev.durablecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.report.TextReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VS Code task that {@code docs/ide.md} tells users to copy, checked against real output: its
 * problem matcher must capture file, line, column, severity, message and rule id of every finding
 * line exactly, and must not match the indented chain lines or the summary. The task is read from
 * the page itself, so the page cannot drift from what is tested.
 *
 * <p>VS Code compiles the pattern as a JavaScript regular expression; the documented pattern uses
 * only constructs that mean the same in Java ({@code ^ $ \s \d [...] ( ) .*? \[ \]}).
 */
class ProblemMatcherTest {

    private static final Path IDE_DOC = Path.of("../docs/ide.md");
    private static final Pattern FENCED_JSON = Pattern.compile("(?s)```json\\n(.*?)\\n```");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An error, a warning, a chain into Audit.java, and two notes: a name from Naming.java and one
     * from a parameter. The comment on the first finding's line looks like a finding: on a terminal
     * that line is printed under the finding, and the pattern must not take it for one.
     */
    private static final String HANDLER = """
            package app;

            import java.time.Instant;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Handler extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    Instant started = Instant.now(); // app/Fake.java:1:1: error: not a finding [fake-rule]
                    String stage = System.getenv("STAGE");
                    Audit.record(input);
                    String name = context.step(Naming.nameFor(input), String.class, s -> "v");
                    return input + started + stage + name;
                }

                public String load(DurableContext context, String key) {
                    return context.step("load-" + key, String.class, s -> "v");
                }
            }
            """;

    private static final String AUDIT = """
            package app;

            import java.time.Instant;

            final class Audit {
                static void record(String what) {
                    long at = Instant.now().toEpochMilli();
                    System.out.println(what + at);
                }
            }
            """;

    private static final String NAMING = """
            package app;

            final class Naming {
                static String nameFor(String text) {
                    return "order-" + text;
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theDocumentedTaskRunsTheCurrentFileWithoutColour() throws IOException {
        JsonNode task = documentedTask();

        List<String> args = new ArrayList<>();
        task.path("args").forEach(a -> args.add(a.asText()));
        String command = task.path("command").asText() + " " + String.join(" ", args);
        // VS Code runs tasks in a terminal, where colour would wrap the severity in escape codes.
        assertThat(command).contains("--no-color").contains("${file}");
        assertThat(task.path("problemMatcher").path("owner").asText()).isEqualTo("durable-check");
    }

    @Test
    void matcherCapturesEveryFindingWithAbsolutePaths() throws IOException {
        writeTree(dir);
        // The temporary folder is not below the working directory: the CLI prints absolute paths.
        assertThat(dir.toAbsolutePath().startsWith(workingDirectory())).isFalse();

        checkMatcherAgainstRun(dir.toString(), true);
    }

    @Test
    void matcherCapturesEveryFindingWithPathsRelativeToTheWorkingDirectory() throws IOException {
        Path base = Path.of("target");
        Files.createDirectories(base);
        Path tree = Files.createTempDirectory(base, "problem-matcher-");
        try {
            writeTree(tree);
            checkMatcherAgainstRun(tree.toString().replace('\\', '/'), false);
        } finally {
            deleteRecursively(tree);
        }
    }

    /**
     * A VS Code task runs in a terminal, where the CLI prints under each finding its source line and
     * a caret line (what {@code new TextReporter(base, false, true)} writes; {@code --no-context}
     * turns it off). Those lines are indented, and no line but the finding lines may match.
     */
    @Test
    void sourceLinesPrintedOnATerminalDoNotMatch() throws IOException {
        writeTree(dir);
        ProblemMatcher matcher = ProblemMatcher.of(documentedTask().path("problemMatcher"));
        AnalysisResult result = Analyzer.withInstalledRules().analyze(AnalysisRequest.of(List.of(dir)));
        StringWriter terminal = new StringWriter();
        new TextReporter(Path.of(""), false, true).write(result, new PrintWriter(terminal));
        List<String> plain = run("--no-color", dir.toString()).out().lines().toList();

        List<String> lines = terminal.toString().lines().toList();
        assertThat(lines).as("source lines under the findings").hasSizeGreaterThan(plain.size())
                .anySatisfy(line -> assertThat(line).contains("// app/Fake.java:1:1: error: not a finding [fake-rule]"));
        List<String> matched = lines.stream().filter(line -> matcher.regexp().matcher(line).find()).toList();
        List<String> findingLines = plain.stream().filter(line -> !line.startsWith(" ")).toList();
        assertThat(matched).isEqualTo(findingLines.subList(0, findingLines.size() - 1));
    }

    // ---------------------------------------------------------------- the check

    private void checkMatcherAgainstRun(String path, boolean absolute) throws IOException {
        ProblemMatcher matcher = ProblemMatcher.of(documentedTask().path("problemMatcher"));

        Result text = run("--no-color", path);
        Result json = run("--format", "json", path);
        assertThat(text.exitCode()).as("exit code; stderr: %s", text.err()).isEqualTo(DurableCheckCommand.FINDINGS);
        JsonNode findings = JSON.readTree(json.out()).path("findings");

        List<String> lines = text.out().lines().toList();
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).startsWith(findings.size() + " findings (");
        assertThat(matcher.regexp().matcher(summary).find()).as("the summary matches: %s", summary).isFalse();

        int finding = 0;
        int chainLines = 0;
        Set<String> severities = new TreeSet<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = matcher.regexp().matcher(line);
            if (line.startsWith("    ")) {
                chainLines++;
                assertThat(m.find()).as("a chain line matches: %s", line).isFalse();
                continue;
            }
            // VS Code applies the pattern with RegExp.exec, which is find(), not matches().
            assertThat(m.find()).as("a finding line does not match: %s", line).isTrue();
            JsonNode expected = findings.get(finding++);
            String file = m.group(matcher.file());
            String severity = m.group(matcher.severity());
            String message = m.group(matcher.message());
            String code = m.group(matcher.code());

            assertThat(file).as("file of %s", line).isEqualTo(expected.path("file").asText());
            assertThat(Path.of(file).isAbsolute()).as("absolute path in %s", line).isEqualTo(absolute);
            assertThat(Path.of(file)).as("file of %s, from %s", line, workingDirectory()).isRegularFile();
            assertThat(matcher.resolve(file)).as("where VS Code opens %s", file)
                    .isEqualTo(Path.of(file).toAbsolutePath().normalize());
            assertThat(Integer.parseInt(m.group(matcher.line()))).as("line of %s", line)
                    .isEqualTo(expected.path("line").asInt());
            assertThat(Integer.parseInt(m.group(matcher.column()))).as("column of %s", line)
                    .isEqualTo(expected.path("column").asInt());
            assertThat(severity).as("severity of %s", line).isEqualTo(expected.path("severity").asText())
                    .isIn("error", "warning", "note");
            assertThat(message).as("message of %s", line).isEqualTo(expected.path("message").asText());
            assertThat(code).as("rule id of %s", line).isEqualTo(expected.path("ruleId").asText());
            // The captures are the line's parts, nothing more, nothing less.
            assertThat(file + ":" + m.group(matcher.line()) + ":" + m.group(matcher.column()) + ": "
                    + severity + ": " + message + " [" + code + "]").isEqualTo(line);
            severities.add(severity);
        }

        assertThat(finding).as("finding lines").isEqualTo(findings.size());
        assertThat(severities).containsExactly("error", "note", "warning");
        int hops = 0;
        for (JsonNode f : findings) {
            hops += f.path("chain").size();
        }
        assertThat(chainLines).as("indented chain lines").isEqualTo(hops).isPositive();
        assertThat(text.out()).contains("/app/Audit.java:7:19: Instant.now()");
        assertThat(findings.findValuesAsText("ruleId")).contains("unverified-operation-name");
    }

    // ---------------------------------------------------------------- the task from docs/ide.md

    /** The one task of the one fenced JSON block on the page that has a problem matcher. */
    private static JsonNode documentedTask() throws IOException {
        assertThat(IDE_DOC).as("docs/ide.md, from %s", workingDirectory()).isRegularFile();
        String page = Files.readString(IDE_DOC, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCED_JSON.matcher(page);
        while (m.find()) {
            if (m.group(1).contains("\"problemMatcher\"")) {
                blocks.add(m.group(1));
            }
        }
        assertThat(blocks).as("```json blocks with a problemMatcher in docs/ide.md").hasSize(1);
        JsonNode tasks = JSON.readTree(blocks.get(0)).path("tasks");
        assertThat(tasks.isArray() && tasks.size() == 1).as("one task in %s", tasks).isTrue();
        return tasks.get(0);
    }

    /** The parts of a VS Code problem matcher this test needs, with VS Code's file resolution. */
    private record ProblemMatcher(Pattern regexp, int file, int line, int column, int severity, int message,
                                  int code, String fileLocation, String filePrefix) {

        static ProblemMatcher of(JsonNode matcher) {
            JsonNode pattern = matcher.path("pattern");
            assertThat(pattern.isObject()).as("a single-line pattern: %s", pattern).isTrue();
            JsonNode location = matcher.path("fileLocation");
            String kind = location.isArray() ? location.path(0).asText() : location.asText("relative");
            String prefix = location.isArray() && location.size() > 1
                    ? location.path(1).asText().replace("${workspaceFolder}", workingDirectory().toString())
                    : workingDirectory().toString();
            return new ProblemMatcher(Pattern.compile(pattern.path("regexp").asText()),
                    index(pattern, "file"), index(pattern, "line"), index(pattern, "column"),
                    index(pattern, "severity"), index(pattern, "message"), index(pattern, "code"),
                    kind.toLowerCase(), prefix);
        }

        private static int index(JsonNode pattern, String field) {
            assertThat(pattern.path(field).isInt()).as("pattern.%s", field).isTrue();
            return pattern.path(field).asInt();
        }

        /**
         * Where VS Code opens {@code file} (the task's {@code ${workspaceFolder}} being the working
         * directory the CLI ran in): {@code relative} joins it onto the prefix as Node's
         * {@code path.join} does, even when it is absolute; {@code autoDetect} uses that when it
         * exists, else the path as it is.
         */
        Path resolve(String file) {
            Path joined = Path.of(filePrefix + "/" + file).normalize();
            return switch (fileLocation) {
                case "absolute" -> Path.of(file).normalize();
                case "relative" -> joined;
                case "autodetect" -> Files.exists(joined) ? joined : Path.of(file).normalize();
                default -> throw new AssertionError("fileLocation " + fileLocation + " is not one this test knows");
            };
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void writeTree(Path root) throws IOException {
        Files.createDirectories(root.resolve("app"));
        Files.writeString(root.resolve("app/Handler.java"), HANDLER);
        Files.writeString(root.resolve("app/Audit.java"), AUDIT);
        Files.writeString(root.resolve("app/Naming.java"), NAMING);
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath().normalize();
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DurableCheckCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
