package dev.durablecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durablecheck.core.report.SarifChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.durablecheck.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bad input never breaks a run. Each case feeds one kind of bad input next to a good handler
 * ({@code Instant.now()} in {@code handleRequest}, one {@code nondeterministic-time} finding) and
 * asserts the exact behaviour: the run completes, the good handler is still reported, the problem is
 * reported once with the file and a reason, the exit code, and no stack trace without
 * {@code --verbose}. The README's "Limits and behaviour on bad input" section lists the same cases.
 *
 * <p>Only files that mention {@code DurableContext} or the SDK package are parsed up front, so inputs
 * that must be reported mention it. Tests run as root in some environments, where {@code chmod 000}
 * does not stop reading: those cases assume the file or folder really is unreadable and are skipped
 * otherwise.
 */
class BadInputTest {

    private static final String ESC = "\u001B";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Java exception or error class name, which a user should not see without {@code --verbose}. */
    private static final Pattern THROWABLE_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b");

    /** The good handler: its only finding is 'Instant.now()' at 10:27. */
    private static final String GOOD = """
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

    @TempDir
    Path dir;

    // ================================================================ syntax errors

    /** The first six lines of a candidate file that the cases below break. */
    private static final String BAD_HEAD = """
            package app;

            import software.amazon.lambda.durable.DurableContext;

            public class Bad {
                String run(DurableContext context) {
            """;

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                Arguments.of("truncated in the middle of a call",
                        BAD_HEAD + "        return context.step(\"a\", String.class, s -> \"a\"",
                        "7:55: error: cannot parse: Parse error. Found <EOF>"),
                Arguments.of("missing closing brace",
                        BAD_HEAD + "        if (context != null) {\n            return \"x\";\n    }\n}\n",
                        "10:2: error: cannot parse: Parse error. Found <EOF>"),
                Arguments.of("one closing brace too many",
                        BAD_HEAD + "        return \"x\";\n    }\n    }\n}\n",
                        "10:1: error: cannot parse: Parse error. Found \"}\""),
                Arguments.of("merge-conflict markers",
                        BAD_HEAD + "<<<<<<< HEAD\n        return \"ours\";\n=======\n        return \"theirs\";\n>>>>>>> feature\n    }\n}\n",
                        "7:1: error: cannot parse: Parse error. Found \"<<\", expected \"}\""),
                Arguments.of("a template kept under a .java name",
                        BAD_HEAD.replace("package app;", "package ${package};") + "        return null;\n    }\n}\n",
                        "1:1: error: cannot parse: Parse error. Found \"package\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void aSyntaxErrorIsReportedOnceAtItsPositionAndTheRestIsAnalysed(String kind, String source, String expected)
            throws IOException {
        Path good = goodHandler();
        Path bad = write("app/Bad.java", source);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(3);
        assertThat(r.outLines().get(0)).isEqualTo(shown(bad) + ":" + expected + " [parse-error]");
        assertGoodHandlerReported(r, good);
        assertThat(r.outLines().get(2)).isEqualTo("2 findings (2 errors, 0 warnings, 0 notes) in 2 files (2 with durable code, 1 not analysed)");
        assertThat(r.err()).isEmpty();
        assertNoStackTrace(r);
    }

    /** Errors the lexer finds: the finding stands where the lexer stopped, which only its message names. */
    static Stream<Arguments> lexicalErrors() {
        return Stream.of(
                Arguments.of("truncated in a string literal", BAD_HEAD + "        return \"never closed",
                        7, 29, "Lexical error at line 7, column 29.  Encountered: <EOF> after : \"\\\"never closed\""),
                Arguments.of("truncated in a block comment", BAD_HEAD + "        return null;\n    }\n    /* never closed\n",
                        10, 1, "Lexical error at line 10, column 0.  Encountered: <EOF> after : \"\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lexicalErrors")
    void aLexicalErrorIsReportedOnceWhereTheLexerStoppedAndTheRestIsAnalysed(String kind, String source,
                                                                             int line, int column, String reason)
            throws IOException {
        Path good = goodHandler();
        Path bad = write("app/Bad.java", source);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(3);
        assertThat(r.outLines().get(0))
                .isEqualTo(shown(bad) + ":" + line + ":" + column + ": error: cannot parse: " + reason + " [parse-error]");
        assertGoodHandlerReported(r, good);
        assertThat(r.err()).isEmpty();
        assertNoStackTrace(r);
    }

    static Stream<Arguments> newerSyntax() {
        return Stream.of(
                Arguments.of(17, """
                        package app;

                        import software.amazon.lambda.durable.DurableContext;

                        public class Bad {
                            record Box(Object value) {
                            }

                            String run(Object o, DurableContext context) {
                                return switch (o) {
                                    case Box(String s) -> s;
                                    default -> "other";
                                };
                            }
                        }
                        """, "11:13: error: cannot parse: Switch patterns not supported. Pay attention that this feature is "
                        + "supported starting from 'JAVA_21' language level. If you need that feature the language level must be "
                        + "configured in the configuration before parsing the source files."),
                Arguments.of(11, """
                        package app;

                        import software.amazon.lambda.durable.DurableContext;

                        public class Bad {
                            record Point(int x, int y) {
                            }

                            String run(DurableContext context) {
                                return new Point(1, 2).toString();
                            }
                        }
                        """, "6:5: error: cannot parse: Record Declarations are not supported. Pay attention that this feature "
                        + "is supported starting from 'JAVA_14' language level. If you need that feature the language level must "
                        + "be configured in the configuration before parsing the source files."),
                // Java 22's unnamed variable at the highest level durable-check accepts.
                Arguments.of(21, """
                        package app;

                        import java.util.List;
                        import software.amazon.lambda.durable.DurableContext;

                        public class Bad {
                            int run(List<String> items, DurableContext context) {
                                int n = 0;
                                for (String _ : items) {
                                    n++;
                                }
                                return n;
                            }
                        }
                        """, "9:21: error: cannot parse: '_' is a reserved keyword."));
    }

    @ParameterizedTest(name = "--language-level {0}")
    @MethodSource("newerSyntax")
    void syntaxNewerThanTheLanguageLevelIsReportedOnce(int level, String source, String expected) throws IOException {
        Path good = goodHandler();
        Path bad = write("app/Bad.java", source);

        CommandRun r = run("--language-level", String.valueOf(level), dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(3);
        assertThat(r.outLines().get(0)).isEqualTo(shown(bad) + ":" + expected + " [parse-error]");
        assertGoodHandlerReported(r, good);
        assertThat(r.err()).isEmpty();
        assertNoStackTrace(r);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "only white space", "only a comment"})
    void anEmptyFileIsValidJavaAndGivesNothing(String kind) throws IOException {
        Path good = goodHandler();
        String content = switch (kind) {
            case "empty" -> "";
            case "only white space" -> "\n\n   \t\n";
            default -> "// nothing here yet\n";
        };
        write("app/Empty.java", content);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(2);
        assertGoodHandlerReported(r, good);
        assertThat(r.outLines().get(1)).isEqualTo("1 finding (1 error, 0 warnings, 0 notes) in 2 files (1 with durable code)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aBinaryFileNamedJavaIsReportedAsUnreadableEvenWithoutTheSdkInIt() throws IOException {
        Path good = goodHandler();
        // The start of a class file: magic, version, then NUL bytes.
        Path binary = Files.write(dir.resolve("app/Compiled.java"),
                new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 42, 10, 0, 2, 0, 3});

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).containsExactly(
                shown(binary) + ":1:1: error: cannot read: binary content (it holds NUL bytes), not Java source [parse-error]",
                r.outLines().get(1),
                "2 findings (2 errors, 0 warnings, 0 notes) in 2 files (2 with durable code, 1 not analysed)");
        assertGoodHandlerReported(r, good);
        assertThat(r.err()).isEmpty();
    }

    // ================================================================ encodings

    /** A handler with non-ASCII text in a string literal, a comment and an identifier before the clock read. */
    private static final String NON_ASCII_HANDLER = """
            package app;

            import java.time.Instant;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            // Grüße, déjà vu
            public class Intl extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    String grüße = System.getenv("Grüße"); Instant t = Instant.now();
                    return input + grüße + t;
                }
            }
            """;

    static Stream<Arguments> decodedEncodings() {
        return Stream.of(
                Arguments.of("UTF-8 with a byte-order mark", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                Arguments.of("UTF-16LE with a byte-order mark", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE with a byte-order mark", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodedEncodings")
    void aFileWithAByteOrderMarkIsDecodedAndAnalysedWithRightPositionsAndText(String kind, byte[] bom, Charset charset)
            throws IOException {
        Path good = goodHandler();
        Path intl = writeBytes("app/Intl.java", concat(bom, NON_ASCII_HANDLER.getBytes(charset)));

        CommandRun r = run("--fail-on", "never", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, intl)).containsExactly(
                shown(intl) + ":11:24: warning: 'System.getenv(\"Grüße\")' in orchestration code reads the environment, which "
                        + "can differ when a replay runs later or in another container; read it inside a step so that replay "
                        + "returns the recorded value [environment-read]",
                shown(intl) + ":11:60: error: 'Instant.now()' in orchestration code returns a different time on every replay, "
                        + "so code that depends on it can take another path; read the time inside a step, e.g. "
                        + "context.step(\"now\", Instant.class, s -> Instant.now()), and use its result [nondeterministic-time]");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aFileInTheEncodingGivenWithEncodingIsReadRightWithoutAWarning() throws IOException {
        Path good = goodHandler();
        String japanese = NON_ASCII_HANDLER.replace("Grüße", "注文").replace("grüße", "注文");
        Path intl = writeBytes("app/Intl.java", japanese.getBytes(Charset.forName("Shift_JIS")));

        CommandRun asUtf8 = run("--fail-on", "never", dir.toString());
        CommandRun declared = run("--fail-on", "never", "--encoding", "Shift_JIS", dir.toString());

        assertThat(declared.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertGoodHandlerReported(declared, good);
        // One character per Japanese letter: the columns are the ones an editor shows.
        assertThat(linesFor(declared, intl)).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith(shown(intl) + ":11:21: warning: 'System.getenv(\"注文\")' "))
                .anySatisfy(l -> assertThat(l).startsWith(shown(intl) + ":11:54: error: 'Instant.now()' "));
        assertThat(declared.err()).isEmpty();
        assertThat(asUtf8.errLines()).singleElement().asString().contains("not valid UTF-8");
    }

    @Test
    void anIso88591FileIsReadWithTheFallbackNamedInOneWarningAndNotGarbled() throws IOException {
        Path good = goodHandler();
        Path intl = writeBytes("app/Intl.java", NON_ASCII_HANDLER.getBytes(StandardCharsets.ISO_8859_1));

        CommandRun r = run("--fail-on", "never", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertGoodHandlerReported(r, good);
        // A real ISO-8859-1 file: its text and columns come out right.
        assertThat(linesFor(r, intl)).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith(shown(intl) + ":11:24: warning: 'System.getenv(\"Grüße\")' "))
                .anySatisfy(l -> assertThat(l).startsWith(shown(intl) + ":11:60: error: 'Instant.now()' "));
        assertThat(r.errLines()).containsExactly("durable-check: warning: " + intl.toAbsolutePath() + ": not valid UTF-8; "
                + "read as ISO-8859-1, so positions are right but non-ASCII characters may show wrongly in messages");
        assertNoStackTrace(r);
    }

    @Test
    void invalidUtf8BytesInALiteralFallBackWithAWarningAndTheFileIsStillAnalysed() throws IOException {
        Path good = goodHandler();
        String source = GOOD.replace("class Handler", "class Mangled")
                .replace("return input + started;", "return input + started + \"BROKEN\";");
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        // "BROKEN" becomes a lone continuation byte, a truncated sequence and an 0xFF, none valid UTF-8.
        String text = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace("BROKEN", "\u0080 \u00C3( \u00FF");
        Path mangled = writeBytes("app/Mangled.java", text.getBytes(StandardCharsets.ISO_8859_1));

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, mangled)).singleElement().asString()
                .startsWith(shown(mangled) + ":10:27: error: 'Instant.now()' ").endsWith("[nondeterministic-time]");
        assertThat(r.errLines()).containsExactly("durable-check: warning: " + mangled.toAbsolutePath() + ": not valid UTF-8; "
                + "read as ISO-8859-1, so positions are right but non-ASCII characters may show wrongly in messages");
    }

    /**
     * A UTF-8 file with one bad byte is read as ISO-8859-1 as a whole, so a non-ASCII identifier in it
     * turns into characters that are not Java letters ('é' becomes 'Ã©'): the file is reported as
     * not parsing, next to the warning that says why, rather than analysed with garbled names.
     */
    @Test
    void invalidUtf8NextToANonAsciiIdentifierIsAParseErrorExplainedByTheFallbackWarning() throws IOException {
        Path good = goodHandler();
        String source = """
                package app;

                import software.amazon.lambda.durable.DurableContext;

                public class Cafe {
                    String run(DurableContext context) {
                        String café = "BROKEN";
                        return café;
                    }
                }
                """;
        String text = new String(source.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).replace("BROKEN", "\u00FF");
        Path cafe = writeBytes("app/Cafe.java", text.getBytes(StandardCharsets.ISO_8859_1));

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, cafe)).containsExactly(shown(cafe)
                + ":7:20: error: cannot parse: Lexical error at line 7, column 20.  Encountered: \"\\u00a9\" (169), after : \"\" [parse-error]");
        assertThat(r.errLines()).singleElement().asString()
                .isEqualTo("durable-check: warning: " + cafe.toAbsolutePath() + ": not valid UTF-8; read as ISO-8859-1, "
                        + "so positions are right but non-ASCII characters may show wrongly in messages");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReportedAsUnreadable() throws IOException {
        Path good = goodHandler();
        Path utf16 = writeBytes("app/Intl.java", NON_ASCII_HANDLER.getBytes(StandardCharsets.UTF_16LE));

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, utf16)).containsExactly(
                shown(utf16) + ":1:1: error: cannot read: binary content (it holds NUL bytes), not Java source [parse-error]");
        assertThat(r.err()).isEmpty();
    }

    // ================================================================ pathological sizes

    @Test
    void aTenMegabyteGeneratedFileIsScannedAndTheRunCompletes() throws IOException {
        Path good = goodHandler();
        StringBuilder generated = new StringBuilder(11 << 20).append("package app;\n\n// Generated. Do not edit.\npublic final class Generated {\n");
        for (int i = 0; generated.length() < 10 << 20; i++) {
            generated.append("    public static int value").append(i).append("(int a) { return a * ").append(i).append(" + 1; }\n");
        }
        generated.append("}\n");
        Path big = write("app/Generated.java", generated.toString());
        assertThat(Files.size(big)).isGreaterThanOrEqualTo(10L << 20);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(2);
        assertGoodHandlerReported(r, good);
        assertThat(r.outLines().get(1)).isEqualTo("1 finding (1 error, 0 warnings, 0 notes) in 2 files (1 with durable code)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anExpressionNestedTenThousandLevelsDeepIsReportedAsTooDeep() throws IOException {
        Path good = goodHandler();
        Path deep = write("app/Deep.java", """
                package app;

                import software.amazon.lambda.durable.DurableContext;

                public class Deep {
                    int run(DurableContext context) {
                        return %s1%s;
                    }
                }
                """.formatted("(".repeat(10_000), ")".repeat(10_000)));

        CommandRun[] result = new CommandRun[1];
        assertThatCode(() -> result[0] = run(dir.toString())).doesNotThrowAnyException();
        CommandRun r = result[0];

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).containsExactly(
                shown(deep) + ":1:1: error: cannot parse: nesting too deep [parse-error]",
                r.outLines().get(1),
                "2 findings (2 errors, 0 warnings, 0 notes) in 2 files (2 with durable code, 1 not analysed)");
        assertGoodHandlerReported(r, good);
        assertThat(r.err()).isEmpty();
        assertNoStackTrace(r);
    }

    /**
     * A chain of 10,000 operators is an expression 10,000 levels deep too (each '+' holds the ones
     * before it). It parses on a worker's deep stack, and the suppressions are read on one too.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a chain of 10,000 additions", "lambdas nested 1,000 deep"})
    void aDeepTreeThatParsesIsAnalysedOrReportedAsTooDeepButNeverEscapes(String kind) throws IOException {
        Path good = goodHandler();
        String body = kind.startsWith("a chain")
                ? "return " + String.join(" + ", java.util.Collections.nCopies(10_000, "1")) + ";"
                : "Runnable r = " + "() -> { Runnable q = ".repeat(1_000) + "null;" + " };".repeat(1_000) + "\n        return 0;";
        Path deep = write("app/Deep.java", """
                package app;

                import software.amazon.lambda.durable.DurableContext;

                public class Deep {
                    int run(DurableContext context) {
                        %s
                    }
                }
                """.formatted(body));

        CommandRun[] result = new CommandRun[1];
        assertThatCode(() -> result[0] = run(dir.toString())).doesNotThrowAnyException();
        CommandRun r = result[0];

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, deep)).as("nothing, or the file reported once as too deep").hasSizeLessThanOrEqualTo(1)
                .isSubsetOf(shown(deep) + ":1:1: error: cannot parse: nesting too deep [parse-error]");
        assertThat(r.err()).isEmpty();
        assertNoStackTrace(r);
    }

    @Test
    void aMethodWithFiftyThousandStatementsIsAnalysed() throws IOException {
        Path good = goodHandler();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            body.append("        int v").append(i).append(" = ").append(i).append(";\n");
        }
        Path longFile = write("app/Long.java", """
                package app;

                import java.time.Instant;
                import software.amazon.lambda.durable.DurableContext;

                public class Long {
                    long run(DurableContext context) {
                %s        return Instant.now().toEpochMilli();
                    }
                }
                """.formatted(body));

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, longFile)).singleElement().asString()
                .startsWith(shown(longFile) + ":50008:16: error: 'Instant.now()' ").endsWith("[nondeterministic-time]");
        assertThat(r.err()).isEmpty();
    }

    /**
     * The same size, but statements that use names: each use looks its name up in the block, which
     * must not mean scanning the statements before it, or the file runs out of its time budget
     * (a warning on stderr) and goes unchecked.
     */
    @Test
    void aMethodWithFiftyThousandStatementsThatUseNamesIsAnalysed() throws IOException {
        Path good = goodHandler();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            body.append("        Math.abs(").append(i).append(");\n");
        }
        Path longFile = write("app/Long.java", """
                package app;

                import java.time.Instant;
                import software.amazon.lambda.durable.DurableContext;

                public class Long {
                    long run(DurableContext context) {
                %s        return Instant.now().toEpochMilli();
                    }
                }
                """.formatted(body));

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, longFile)).singleElement().asString()
                .startsWith(shown(longFile) + ":50008:16: error: 'Instant.now()' ").endsWith("[nondeterministic-time]");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aTenThousandFileTreeIsAnalysed() throws IOException {
        for (int i = 0; i < 10_000; i++) {
            String pkg = "p" + (i % 100);
            write(pkg + "/C" + i + ".java", "package " + pkg + ";\n\npublic class C" + i + " {\n    int value() {\n        return " + i + ";\n    }\n}\n");
        }
        List<Path> handlers = new ArrayList<>();
        for (String pkg : List.of("p0", "p42", "p99")) {
            handlers.add(write(pkg + "/Handler.java", GOOD.replace("package app;", "package " + pkg + ";")));
        }

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(4);
        for (int i = 0; i < 3; i++) {
            assertThat(r.outLines().get(i)).startsWith(shown(handlers.get(i)) + ":10:27: error: 'Instant.now()' ")
                    .endsWith("[nondeterministic-time]");
        }
        assertThat(r.outLines().get(3)).isEqualTo("3 findings (3 errors, 0 warnings, 0 notes) in 10003 files (3 with durable code)");
        assertThat(r.err()).isEmpty();
    }

    /** A file over 2 GB (sparse here, so it costs no disk) cannot be held in one array; the size limit turns it away. */
    @Test
    void aFileTooLargeToReadIsReportedAsUnreadable() throws IOException {
        Path good = goodHandler();
        Path huge = dir.resolve("app/Huge.java");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30);
        }

        CommandRun[] result = new CommandRun[1];
        assertThatCode(() -> result[0] = run(dir.toString())).doesNotThrowAnyException();
        CommandRun r = result[0];

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, huge)).singleElement().asString()
                .startsWith(shown(huge) + ":1:1: error: cannot read: ").endsWith("[parse-error]");
        assertNoStackTrace(r);
    }

    // ================================================================ file-system trouble

    /** Skipped when running as root, which reads a file whatever its permissions. */
    @Test
    void anUnreadableFileIsReportedOnce() throws IOException {
        Path good = goodHandler();
        Path secret = write("app/Secret.java", "package app;\n\nclass Secret {\n}\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: a chmod 000 file is still readable");

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(linesFor(r, secret)).containsExactly(shown(secret) + ":1:1: error: cannot read: AccessDeniedException: "
                + secret.toAbsolutePath() + " [parse-error]");
        assertThat(r.err()).isEmpty();
    }

    /** Skipped when running as root, which lists a folder whatever its permissions. */
    @Test
    void anUnreadableFolderIsReportedOnce() throws IOException {
        Path good = goodHandler();
        Path locked = Files.createDirectories(dir.resolve("app/locked"));
        write("app/locked/Inner.java", GOOD.replace("class Handler", "class Inner"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: a chmod 000 folder is still readable");

            CommandRun r = run(dir.toString());

            assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
            assertGoodHandlerReported(r, good);
            assertThat(r.out() + r.err()).contains(shown(locked)).contains("cannot read");
            assertThat((r.out() + r.err()).split(Pattern.quote(shown(locked)), -1)).hasSize(2);
            assertNoStackTrace(r);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void symlinksInsideFoldersAreNotFollowedSoLoopsEndAndEveryFileCountsOnce() throws IOException {
        Path good = goodHandler();
        Files.createSymbolicLink(dir.resolve("app/loop"), dir);                    // a folder loop
        Files.createSymbolicLink(dir.resolve("app/Self.java"), Path.of("Self.java")); // a link to itself
        Files.createSymbolicLink(dir.resolve("app/Alias.java"), Path.of("Handler.java"));

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(2);
        assertGoodHandlerReported(r, good);
        assertThat(r.outLines().get(1)).isEqualTo("1 finding (1 error, 0 warnings, 0 notes) in 1 file (1 with durable code)");
        assertThat(r.err()).isEmpty();
    }

    /**
     * Stand-in for a file that vanishes during the run: the scan reads each file once, right after
     * listing it, and the analysis works on that text, so only the instant between listing and
     * reading matters, which a test cannot hit on purpose. A dangling link is a file that is listed
     * but not there; inside a folder it is skipped like every symlink, and named on the command line
     * it is a usage error.
     */
    @Test
    void aDanglingLinkInAFolderIsSkippedAndNamedOnTheCommandLineIsAUsageError() throws IOException {
        Path good = goodHandler();
        Path gone = Files.createSymbolicLink(dir.resolve("app/Gone.java"), dir.resolve("app/deleted/Gone.java"));

        CommandRun tree = run(dir.toString());

        assertThat(tree.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(tree.outLines()).hasSize(2);
        assertGoodHandlerReported(tree, good);
        assertThat(tree.err()).isEmpty();

        CommandRun named = run(gone.toString(), good.toString());

        assertThat(named.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(named.out()).isEmpty();
        assertThat(named.errLines()).containsExactly("durable-check: path does not exist: " + gone + " (see durable-check --help)");
    }

    @Test
    void aFolderNamedThroughASymlinkOnTheCommandLineIsAnalysed() throws IOException {
        Path good = goodHandler();
        Path link = Files.createSymbolicLink(dir.resolve("src-link"), dir.resolve("app"));

        CommandRun r = run(link.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).contains("Handler.java:10:27: error: 'Instant.now()' ");
        assertThat(r.outLines().get(1)).isEqualTo("1 finding (1 error, 0 warnings, 0 notes) in 1 file (1 with durable code)");
        assertThat(good).exists();
    }

    @Test
    void aFolderNamedLikeAJavaFileIsWalkedLikeAnyFolder() throws IOException {
        Path good = goodHandler();
        Path inner = write("app/Odd.java/Inner.java", GOOD.replace("class Handler", "class Inner"));

        CommandRun tree = run(dir.toString());

        assertThat(tree.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(tree.outLines()).hasSize(3);
        assertGoodHandlerReported(tree, good);
        assertThat(linesFor(tree, inner)).singleElement().asString()
                .startsWith(shown(inner) + ":10:27: error: 'Instant.now()' ");
        assertThat(tree.out()).doesNotContain("[parse-error]");
        assertThat(tree.err()).isEmpty();

        CommandRun named = run(dir.resolve("app/Odd.java").toString());

        assertThat(named.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(named.outLines()).hasSize(2);
        assertThat(linesFor(named, inner)).hasSize(1);
    }

    // ================================================================ bad arguments

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of("--frobnicate"), "durable-check: Unknown option: '--frobnicate' (see durable-check --help)"),
                Arguments.of(List.of("--jobs", "0"), "durable-check: --jobs must be at least 1, was 0 (see durable-check --help)"),
                Arguments.of(List.of("--jobs", "many"), "durable-check: Invalid value for option '--jobs': 'many' is not an int (see durable-check --help)"),
                Arguments.of(List.of("--profile", "temporal"), "durable-check: --profile: no runtime profile 'temporal'; the profiles are [aws-lambda-durable-java-2, temporal-java-1] (see durable-check --help)"),
                Arguments.of(List.of("--encoding", "klingon"), "durable-check: unknown --encoding 'klingon' (see durable-check --help)"),
                Arguments.of(List.of("--language-level", "25"), "durable-check: unsupported --language-level 25 (use 8 to 21) (see durable-check --help)"),
                Arguments.of(List.of("--format", "xml"), "durable-check: Invalid value for option '--format': expected one of [TEXT, SARIF, GITHUB, JSON, HTML] (case-insensitive) but was 'xml' (see durable-check --help)"),
                Arguments.of(List.of("--output"), "durable-check: Missing required parameter for option '--output' (FILE) (see durable-check --help)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void aBadArgumentIsAUsageErrorOnOneLine(List<String> arguments, String expected) throws IOException {
        goodHandler();
        List<String> args = new ArrayList<>(arguments);
        if (!arguments.equals(List.of("--output"))) {
            args.add(dir.toString());
        }

        CommandRun r = run(args.toArray(String[]::new));

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(expected);
        assertNoStackTrace(r);
    }

    @Test
    void aMissingClasspathEntryIsOneWarningAndTheRunGoesOn() throws IOException {
        Path good = goodHandler();
        Path missing = dir.resolve("lib/missing.jar");

        CommandRun r = run("--classpath", missing.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(2);
        assertGoodHandlerReported(r, good);
        assertThat(r.errLines()).containsExactly("durable-check: warning: classpath entry is not a file, ignored: " + missing);
    }

    @Test
    void aCorruptJarIsOneWarningNamingItAndTheRunGoesOn() throws IOException {
        Path good = goodHandler();
        Path corrupt = Files.writeString(dir.resolve("corrupt.jar"), "PK\u0003\u0004 this is not a zip archive");

        CommandRun r = run("--classpath", corrupt.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.outLines()).hasSize(2);
        assertGoodHandlerReported(r, good);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("durable-check: warning: " + corrupt + ": cannot read classpath entry: ");
        assertNoStackTrace(r);
    }

    @Test
    void aCorruptJarWarningSaysWhyTheJarCannotBeUsed() throws IOException {
        goodHandler();
        Path corrupt = Files.writeString(dir.resolve("corrupt.jar"), "PK\u0003\u0004 this is not a zip archive");

        CommandRun r = run("--classpath", corrupt.toString(), dir.resolve("app").toString());

        String warning = r.errLines().get(0);
        String reason = warning.substring(warning.indexOf("cannot read classpath entry: ") + "cannot read classpath entry: ".length());
        assertThat(reason).isNotEqualTo(corrupt.toAbsolutePath().toString()).containsIgnoringCase("zip");
    }

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
                Arguments.of("a trailing comma", "{\n  \"rules\": {\n    \"nondeterministic-time\": \"off\",\n  }\n}\n",
                        ":4: not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name"),
                Arguments.of("an unknown key", "{\n  \"rulez\": {}\n}\n",
                        ":2: rulez: unknown key (known here: $schema, deterministic, entryPoints, exclude, include, profiles, rules, sinks, stepBodies, suppress)"),
                Arguments.of("a wrong value", "{\"rules\": {\"nondeterministic-time\": \"bogus\"}}",
                        ":1: rules.nondeterministic-time: 'bogus' is not error, warning, note or off"),
                Arguments.of("binary content", "\u0000\u0001binary",
                        ":1: not valid JSON: Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigurations")
    void aBadConfigIsOneErrorNamingFileAndLineAndLeavesAnExistingReportAlone(String kind, String content, String expected)
            throws IOException {
        goodHandler();
        Path config = write("durable-check.json", content);
        Path report = Files.writeString(dir.resolve("previous.sarif"), "previous report");

        CommandRun r = run("--format", "sarif", "--output", report.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("durable-check: " + config.toAbsolutePath() + expected);
        assertThat(Files.readString(report)).isEqualTo("previous report");
        assertThat(names(dir)).containsExactlyInAnyOrder("app", "durable-check.json", "previous.sarif");
        assertNoStackTrace(r);
    }

    @Test
    void aConfigThatDoesNotExistIsOneError() throws IOException {
        goodHandler();
        Path missing = dir.resolve("nope.json");

        CommandRun r = run("--config", missing.toString(), dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("durable-check: " + missing + ": configuration file not found");
    }

    @Test
    void aCorruptBaselineIsOneErrorOnOneLine() throws IOException {
        goodHandler();
        Path baseline = Files.writeString(dir.resolve("baseline.json"), "not json");

        CommandRun r = run("--baseline", baseline.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("durable-check: " + baseline.toAbsolutePath() + ": not a durable-check baseline: ")
                .doesNotContain("REDACTED").doesNotContain("StreamReadFeature");
    }

    @Test
    void anOutputInAFolderThatDoesNotExistCreatesTheFolderAsTheMavenPluginDoes() throws IOException {
        goodHandler();
        Path report = dir.resolve("build/reports/report.sarif");

        CommandRun r = run("--format", "sarif", "--output", report.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isNotEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{");
    }

    @Test
    void anOutputBelowARegularFileIsAnErrorAndCreatesNothing() throws IOException {
        Path good = goodHandler();
        Path report = good.resolve("report.sarif");

        CommandRun r = run("--format", "sarif", "--output", report.toString(), dir.resolve("app").toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
        assertThat(r.errLines()).containsExactly("durable-check: cannot write " + report + ": the folder "
                + good.toAbsolutePath() + " does not exist");
        assertThat(Files.readString(good)).isEqualTo(GOOD);
        assertThat(names(dir.resolve("app"))).containsExactly("Handler.java");
    }

    /**
     * The report file cannot be replaced (see {@link #unreplaceable}): as root the temporary file is
     * written and removed again when the move fails; otherwise it cannot be created. Either way the
     * old report stays as it was.
     */
    @Test
    void anExistingReportThatCannotBeReplacedIsLeftUntouchedWithNoTemporaryFile() throws Exception {
        goodHandler();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path report = Files.writeString(out.resolve("report.sarif"), "previous report");
        try (Undo ignored = unreplaceable(report)) {
            CommandRun r = run("--format", "sarif", "--output", report.toString(), dir.resolve("app").toString());

            assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).singleElement().asString().startsWith("durable-check: cannot write " + report + ": ");
            assertThat(Files.readString(report)).isEqualTo("previous report");
            assertThat(names(out)).containsExactly("report.sarif");
            assertNoStackTrace(r);
        }
    }

    /** Skipped when running as root, which writes in a read-only folder. */
    @Test
    void anOutputInAReadOnlyFolderSaysPermissionIsDenied() throws IOException {
        goodHandler();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path report = Files.writeString(out.resolve("report.sarif"), "previous report");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "running as root: a read-only folder is still writable");

            CommandRun r = run("--format", "sarif", "--output", report.toString(), dir.resolve("app").toString());

            assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
            assertThat(r.errLines()).singleElement().asString()
                    .startsWith("durable-check: cannot write " + report + ": ").containsIgnoringCase("denied");
            assertThat(Files.readString(report)).isEqualTo("previous report");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));
        }
    }

    // ================================================================ atomic output

    @Test
    void reportAndBaselineReplaceOldFilesWholeThroughATemporaryFileThatDoesNotStay() throws IOException {
        goodHandler();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path report = Files.writeString(out.resolve("report.json"), "old report ".repeat(50_000));
        Path baseline = Files.writeString(out.resolve("baseline.json"), "old baseline ".repeat(50_000));

        CommandRun written = run("--format", "json", "--output", report.toString(), dir.resolve("app").toString());
        CommandRun recorded = run("--write-baseline", baseline.toString(), dir.resolve("app").toString());

        assertThat(written.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(JSON.readTree(Files.readString(report)).path("findings").size()).isEqualTo(1);
        assertThat(recorded.exitCode()).isEqualTo(DurableCheckCommand.CLEAN);
        assertThat(JSON.readTree(Files.readString(baseline))).isNotNull();
        assertThat(Files.readString(baseline)).doesNotContain("old baseline");
        assertThat(names(out)).containsExactlyInAnyOrder("report.json", "baseline.json");
    }

    @Test
    void aBaselineThatCannotBeReplacedIsLeftUntouchedWithNoTemporaryFile() throws Exception {
        goodHandler();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path baseline = Files.writeString(out.resolve("baseline.json"), "previous baseline");
        try (Undo ignored = unreplaceable(baseline)) {
            CommandRun r = run("--write-baseline", baseline.toString(), dir.resolve("app").toString());

            assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.ERROR);
            assertThat(r.errLines()).singleElement().asString()
                    .startsWith("durable-check: cannot write the baseline " + baseline + ": ");
            assertThat(Files.readString(baseline)).isEqualTo("previous baseline");
            assertThat(names(out)).containsExactly("baseline.json");
            assertNoStackTrace(r);
        }
    }

    // ================================================================ output safety

    /**
     * Source text reaches messages: a raw ESC in a string literal and in an identifier (Java allows
     * it there as an ignorable character), workflow commands after a line break in a text block,
     * "::" and a literal "%0A", and non-ASCII identifiers.
     */
    private static final String HOSTILE = """
            package app;

            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Hostile extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    String grüßeπ = System.getenv("ESC[31m::error file=x::injected");
                    String vΔl = System.getenv(""\"
                            %0A
                            ::error file=x::injected
                            ""\");
                    String idESCx = "q";
                    System.out.println(idESCx + grüßeπ + vΔl);
                    return input;
                }
            }
            """.replace("ESC", ESC);

    @Test
    void hostileSourceCannotPutEscapesOrLineBreaksIntoTextOutput() throws IOException {
        Path good = goodHandler();
        Path hostile = write("app/Hostile.java", HOSTILE);

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertGoodHandlerReported(r, good);
        assertThat(r.out()).doesNotContain(ESC);
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).noneMatch(line -> line.startsWith("::"));
        assertThat(linesFor(r, hostile)).containsExactly(
                shown(hostile) + ":9:25: warning: 'System.getenv(\"?[31m::error file=x::injected\")' in orchestration code reads "
                        + "the environment, which can differ when a replay runs later or in another container; read it inside a "
                        + "step so that replay returns the recorded value [environment-read]",
                shown(hostile) + ":10:22: warning: 'System.getenv(\"\"\" %0A ::error file=x::injected \"\"\")' in orchestration "
                        + "code reads the environment, which can differ when a replay runs later or in another container; read it "
                        + "inside a step so that replay returns the recorded value [environment-read]",
                shown(hostile) + ":15:9: warning: 'System.out.println(id?x + grüßeπ + vΔl)' in orchestration code logs again on "
                        + "every replay, duplicating log lines; use context.getLogger(), which suppresses replayed logs, or log "
                        + "inside a step [replay-unsafe-logging]");
    }

    @Test
    void hostileSourceCannotInjectWorkflowCommandsIntoGithubOutput() throws IOException {
        goodHandler();
        Path hostile = write("app/Hostile.java", HOSTILE);

        CommandRun r = run("--format", "github", dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.out()).doesNotContain(ESC);
        assertThat(r.outLines()).hasSize(4)
                .allSatisfy(line -> assertThat(line).matches("^::(error|warning|notice) file=[^:,]+,line=\\d+,endLine=\\d+,"
                        + "col=\\d+,endColumn=\\d+,title=[a-z-]+::.+$"));
        String file = "::warning file=" + shown(hostile).replace(":", "%3A").replace(",", "%2C");
        assertThat(r.outLines()).filteredOn(line -> line.contains("injected")).containsExactly(
                file + ",line=9,endLine=9,col=25,endColumn=70,title=environment-read::'System.getenv(\"%1B[31m::error "
                        + "file=x::injected\")' in orchestration code reads the environment, which can differ when a replay runs "
                        + "later or in another container; read it inside a step so that replay returns the recorded value",
                file + ",line=10,endLine=13,col=22,endColumn=20,title=environment-read::'System.getenv(\"\"\" %250A ::error "
                        + "file=x::injected \"\"\")' in orchestration code reads the environment, which can differ when a replay "
                        + "runs later or in another container; read it inside a step so that replay returns the recorded value");
        assertThat(r.outLines()).filteredOn(line -> line.contains("System.out.println")).singleElement().asString()
                .contains("'System.out.println(id%1Bx + grüßeπ + vΔl)'");
    }

    @Test
    void hostileSourceKeepsSarifAndJsonValidAndTheirMessagesRoundTrip() throws IOException {
        goodHandler();
        write("app/Hostile.java", HOSTILE);

        CommandRun sarif = run("--format", "sarif", dir.toString());
        CommandRun json = run("--format", "json", dir.toString());

        assertThat(sarif.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(sarif.out()).doesNotContain(ESC);
        JsonNode results = SarifChecks.assertValidForGithub(sarif.out()).path("runs").path(0).path("results");
        List<String> messages = new ArrayList<>();
        results.forEach(result -> messages.add(result.path("message").path("text").asText()));
        assertThat(messages).hasSize(4)
                .anySatisfy(m -> assertThat(m).startsWith("'System.getenv(\"" + ESC + "[31m::error file=x::injected\")' "))
                .anySatisfy(m -> assertThat(m).startsWith("'System.getenv(\"\"\" %0A ::error file=x::injected \"\"\")' "))
                .anySatisfy(m -> assertThat(m).startsWith("'System.out.println(id" + ESC + "x + grüßeπ + vΔl)' "));

        assertThat(json.out()).doesNotContain(ESC);
        JsonNode findings = JSON.readTree(json.out()).path("findings");
        assertThat(findings.size()).isEqualTo(4);
        assertThat(findings.findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).startsWith("'System.getenv(\"" + ESC + "[31m::error file=x::injected\")' "));
    }

    /** File names are source too: a pull request can add {@code app/<ESC>[31mEvil.java} or a name with a line break. */
    @Test
    void hostileFileNamesCannotPutEscapesOrLineBreaksIntoTextOutput() throws IOException {
        goodHandler();
        Path escape = dir.resolve("app/" + ESC + "[31mEvil.java");
        Path newline = dir.resolve("app/x\n::error file=y::injected.java");
        Path latin = dir.resolve("app/Latin" + ESC + "[1m.java");
        Files.writeString(escape, GOOD.replace("class Handler", "class Evil"));
        Files.writeString(newline, GOOD.replace("class Handler", "class Injected"));
        Files.write(latin, "package app;\n// caf\u00E9\nclass Latin {\n}\n".getBytes(StandardCharsets.ISO_8859_1));

        CommandRun r = run(dir.toString());

        assertThat(r.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(r.out()).doesNotContain(ESC);
        assertThat(r.err()).doesNotContain(ESC);
        assertThat(r.outLines()).hasSize(4).noneMatch(line -> line.startsWith("::"));
        assertThat(r.errLines()).hasSize(1).noneMatch(line -> line.startsWith("::"));
    }

    // ================================================================ no execution

    /**
     * Analysed code is never loaded or run: neither a handler's static initialiser nor that of a
     * class in a {@code --classpath} jar, although the jar is read: with it, the call
     * {@code Evil.clock().instant()} resolves through the jar's signature of {@code clock()}.
     */
    @Test
    void analysedCodeAndClasspathJarsAreNeverLoadedOrRun() throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assumeTrue(compiler != null, "needs a JDK to build the jar");
        Path sourceMarker = dir.resolve("source-initialiser-ran");
        Path jarMarker = dir.resolve("jar-initialiser-ran");
        Path evil = write("libsrc/lib/Evil.java", """
                package lib;

                public class Evil {
                    static {
                        try {
                            java.nio.file.Files.createFile(java.nio.file.Path.of("%s"));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }

                    public static java.time.Clock clock() {
                        return java.time.Clock.systemUTC();
                    }
                }
                """.formatted(javaString(jarMarker)));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(compiler.run(null, null, null, "-d", classes.toString(), evil.toString())).isZero();
        Path jar = dir.resolve("evil.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("lib/Evil.class"));
            Files.copy(classes.resolve("lib/Evil.class"), out);
            out.closeEntry();
        }
        Path handler = write("app/Loaded.java", """
                package app;

                import java.time.Instant;
                import lib.Evil;
                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;

                public class Loaded extends DurableHandler<String, String> {
                    static {
                        try {
                            java.nio.file.Files.createFile(java.nio.file.Path.of("%s"));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }

                    public static void main(String[] args) {
                        new Loaded();
                    }

                    @Override
                    public String handleRequest(String input, DurableContext context) {
                        return input + Evil.clock().instant() + Instant.now();
                    }
                }
                """.formatted(javaString(sourceMarker)));

        CommandRun without = run(dir.resolve("app").toString());
        CommandRun with = run("--classpath", jar.toString(), dir.resolve("app").toString());

        assertThat(without.outLines()).last().asString().isEqualTo("1 finding (1 error, 0 warnings, 0 notes) in 1 file "
                + "(1 with durable code); 1 call in orchestration code could not be resolved and was not checked");
        assertThat(with.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(with.outLines()).containsExactly(
                with.outLines().get(0),
                "1 finding (1 error, 0 warnings, 0 notes) in 1 file (1 with durable code)");
        assertThat(with.outLines().get(0)).startsWith(shown(handler) + ":23:49: error: 'Instant.now()' ");
        assertThat(with.err()).isEmpty();
        assertThat(sourceMarker).doesNotExist();
        assertThat(jarMarker).doesNotExist();
    }

    // ================================================================ helpers

    private Path goodHandler() throws IOException {
        return write("app/Handler.java", GOOD);
    }

    /** The good handler is reported exactly once, with its one finding. */
    private static void assertGoodHandlerReported(CommandRun r, Path good) {
        assertThat(linesFor(r, good)).singleElement().asString()
                .startsWith(shown(good) + ":10:27: error: 'Instant.now()' in orchestration code returns a different time ")
                .endsWith(" [nondeterministic-time]");
    }

    /** Neither stream carries a stack trace, and standard error names no exception class. */
    private static void assertNoStackTrace(CommandRun r) {
        assertThat(r.outLines()).noneMatch(line -> line.startsWith("\tat "));
        assertThat(r.errLines()).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"));
        assertThat(r.err()).doesNotContainPattern(THROWABLE_NAME);
    }

    /** The output lines about {@code file}. */
    private static List<String> linesFor(CommandRun r, Path file) {
        return r.outLines().stream().filter(line -> line.startsWith(shown(file) + ":")).toList();
    }

    private Path write(String relative, String source) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source);
    }

    private Path writeBytes(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** How the command shows {@code file}: relative to the working directory when below it, else absolute. */
    private static String shown(Path file) {
        Path base = Path.of("").toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** The names in {@code folder}, to see that no temporary file was left behind. */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String javaString(Path path) {
        return path.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Undoes what {@link #unreplaceable} did. */
    private interface Undo extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /**
     * Makes {@code file} impossible to replace: immutable with {@code chattr +i}, which stops root
     * too, or, where this user may not do that, its folder read-only. Aborts the test when neither
     * works.
     */
    private static Undo unreplaceable(Path file) throws IOException {
        if (chattr("+i", file)) {
            return () -> chattr("-i", file);
        }
        Path folder = file.getParent();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Undo undo = () -> Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        if (Files.isWritable(folder)) {
            undo.close();
            assumeTrue(false, "neither chattr +i nor a read-only folder stops this user");
        }
        return undo;
    }

    /** Runs {@code chattr flag file}; false when chattr is missing or not permitted. */
    private static boolean chattr(String flag, Path file) {
        try {
            Process process = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            try (OutputStream ignored = process.getOutputStream()) {
                process.getInputStream().readAllBytes();
            }
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
