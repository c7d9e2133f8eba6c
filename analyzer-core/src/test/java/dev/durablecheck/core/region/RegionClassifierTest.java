package dev.durablecheck.core.region;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.parse.ParsedSources;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Region classification end to end: real sources written to a folder, scanned, parsed and resolved
 * without the SDK jar. Code under test is marked with {@code mark("label")} calls.
 */
class RegionClassifierTest {

    @TempDir
    static Path root;

    private static Project project;

    private static final String HANDLER = """
            package demo;

            import software.amazon.lambda.durable.*;
            import java.time.Duration;
            import java.util.List;
            import java.util.function.Function;

            public class OrderHandler extends DurableHandler<String, String> {

                private final long createdAt = mark("field-initialiser");
                private final Runnable task = () -> mark("lambda-in-field");

                static { mark("static-initialiser"); }

                public OrderHandler() {
                    mark("constructor");
                }

                @Override
                public String handleRequest(String input, DurableContext ctx) {
                    mark("handler-body");
                    String a = ctx.step("lambda-step", String.class, sc -> {
                        mark("step-lambda");
                        List.of("x").forEach(x -> mark("forEach-in-step"));
                        return "a";
                    });
                    String e = ctx.step("expression-step", String.class, sc -> "e" + mark("expression-step-lambda"));
                    String b = ctx.step("anonymous-step", String.class, new Function<StepContext, String>() {
                        private final long seen = mark("anonymous-step-field");

                        @Override
                        public String apply(StepContext sc) {
                            mark("anonymous-step");
                            return "b";
                        }
                    });
                    ctx.stepAsync("async-step", String.class, sc -> { mark("async-step-lambda"); return "x"; });
                    String c = ctx.waitForCallback("callback", String.class, (callbackId, sc) -> mark("callback-submitter"));
                    ctx.waitForCondition("condition", String.class, (state, sc) -> { mark("condition-check"); return null; });
                    String d = ctx.runInChildContext("child", String.class, child -> {
                        mark("child-body");
                        return child.step("in-child", String.class, sc -> { mark("step-in-child"); return "d"; });
                    });
                    List<String> items = List.of("a", "b");
                    ctx.map("map", items, String.class, (item, index, itemCtx) -> { mark("map-function"); return item; });
                    ParallelDurableFuture parallel = ctx.parallel("fan-out");
                    parallel.branch("left", String.class, branchCtx -> { mark("parallel-branch"); return "l"; });
                    try (var scoped = ctx.parallel("scoped")) {
                        scoped.branch("right", String.class, branchCtx -> { mark("var-parallel-branch"); return "r"; });
                    }
                    ctx.withRetry("retry", (attempt, retryCtx) -> { mark("retry-body"); return "r"; });
                    items.forEach(item -> mark("forEach-in-orchestration"));
                    items.stream().map(item -> item + mark("stream-in-orchestration")).toList();
                    Runnable later = new Runnable() {
                        public void run() { mark("anonymous-class-in-orchestration"); }
                    };
                    ctx.step("name-" + mark("step-name-argument"), String.class, sc -> "n");
                    ctx.wait("pause", Duration.ofSeconds(mark("wait-argument")));
                    helper(ctx, items);
                    return a;
                }

                private void helper(DurableContext ctx, List<String> items) {
                    mark("helper-body");
                    ctx.map("nested", items, String.class, (item, index, mapCtx) ->
                            mapCtx.runInChildContext("inner", String.class, inner ->
                                    inner.step("deep", String.class, sc -> { mark("deep-step"); return item; })));
                }

                private long plain(String s) {
                    Runnable r = () -> mark("lambda-in-plain-method");
                    return mark("no-context-method");
                }

                private void stepsFromCurrentContext() {
                    mark("method-using-current-context");
                    DurableContext.getCurrentContext().step("current", String.class, sc -> { mark("current-context-step"); return "c"; });
                }

                private void explicitContextLambda() {
                    Function<DurableContext, String> f = (DurableContext c) -> { mark("explicit-context-lambda"); return ""; };
                }

                static long mark(String where) {
                    return 0;
                }
            }
            """;

    private static final String OTHER_FORMS = """
            package demo;

            import software.amazon.lambda.durable.testing.LocalDurableTestRunner;

            class OtherForms {
                void fullyQualified(software.amazon.lambda.durable.DurableContext ctx) {
                    mark("fully-qualified-parameter");
                    ctx.step("s", String.class, sc -> mark("fully-qualified-step"));
                }

                void testRunner() {
                    var runner = LocalDurableTestRunner.create(String.class, (input, ctx) -> {
                        mark("test-runner-handler");
                        return ctx.step("s", String.class, sc -> mark("test-runner-step"));
                    });
                }

                OtherForms(software.amazon.lambda.durable.DurableContext ctx) {
                    mark("constructor-with-context");
                }

                interface Workflow {
                    default void run(software.amazon.lambda.durable.DurableContext ctx) { mark("default-method-with-context"); }
                }

                static long mark(String where) { return 0; }
            }
            """;

    /** A type of the project that merely shares the SDK's simple name. */
    private static final String LOOK_ALIKE_CONTEXT = """
            package other;

            public class DurableContext {
                public <T> T step(String name, Class<T> type, java.util.function.Function<Object, T> body) {
                    return body.apply(null);
                }
            }
            """;

    private static final String LOOK_ALIKE_USER = """
            package other;

            class LookAlike {
                void run(DurableContext ctx) {
                    mark("look-alike-method");
                    ctx.step("s", String.class, x -> mark("look-alike-step"));
                }

                static long mark(String where) { return 0; }
            }
            """;

    /** Neither the SDK's DurableContext nor a project type: unresolved, so not a durable context. */
    private static final String UNRESOLVED_CONTEXT = """
            package elsewhere;

            import com.acme.DurableContext;

            class Unresolved {
                void imported(DurableContext ctx) {
                    mark("imported-foreign-context");
                    ctx.step("s", String.class, x -> mark("foreign-step"));
                }

                static long mark(String where) { return 0; }
            }
            """;

    private static final String NO_IMPORT = """
            package nowhere;

            class NoImport {
                void unknown(DurableContext ctx) {
                    mark("unimported-context");
                }

                static long mark(String where) { return 0; }
            }
            """;

    @BeforeAll
    static void scan() {
        project = Project.of(root, Map.of(
                "src/demo/OrderHandler.java", HANDLER,
                "src/demo/OtherForms.java", OTHER_FORMS,
                "src/other/DurableContext.java", LOOK_ALIKE_CONTEXT,
                "src/other/LookAlike.java", LOOK_ALIKE_USER,
                "src/elsewhere/Unresolved.java", UNRESOLVED_CONTEXT,
                "src/nowhere/NoImport.java", NO_IMPORT));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            handler-body                       | ORCHESTRATION
            step-lambda                        | STEP_BODY
            expression-step-lambda             | STEP_BODY
            anonymous-step                     | STEP_BODY
            anonymous-step-field               | STEP_BODY
            async-step-lambda                  | STEP_BODY
            callback-submitter                 | STEP_BODY
            condition-check                    | STEP_BODY
            child-body                         | ORCHESTRATION
            step-in-child                      | STEP_BODY
            map-function                       | ORCHESTRATION
            parallel-branch                    | ORCHESTRATION
            var-parallel-branch                | ORCHESTRATION
            retry-body                         | ORCHESTRATION
            forEach-in-step                    | STEP_BODY
            forEach-in-orchestration           | ORCHESTRATION
            stream-in-orchestration            | ORCHESTRATION
            anonymous-class-in-orchestration   | ORCHESTRATION
            step-name-argument                 | ORCHESTRATION
            wait-argument                      | ORCHESTRATION
            helper-body                        | ORCHESTRATION
            deep-step                          | STEP_BODY
            no-context-method                  | OTHER
            lambda-in-plain-method             | OTHER
            constructor                        | OTHER
            field-initialiser                  | OTHER
            lambda-in-field                    | OTHER
            static-initialiser                 | OTHER
            method-using-current-context       | OTHER
            current-context-step               | STEP_BODY
            explicit-context-lambda            | ORCHESTRATION
            """)
    void classifiesTheHandler(String label, RegionKind expected) {
        assertThat(project.kindAt("demo/OrderHandler.java", label)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fully-qualified-parameter     | ORCHESTRATION
            fully-qualified-step          | STEP_BODY
            test-runner-handler           | ORCHESTRATION
            test-runner-step              | STEP_BODY
            constructor-with-context      | ORCHESTRATION
            default-method-with-context   | ORCHESTRATION
            """)
    void classifiesOtherFormsOfDurableCode(String label, RegionKind expected) {
        assertThat(project.kindAt("demo/OtherForms.java", label)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            other/LookAlike.java          | look-alike-method          | OTHER
            other/LookAlike.java          | look-alike-step            | OTHER
            elsewhere/Unresolved.java     | imported-foreign-context   | OTHER
            elsewhere/Unresolved.java     | foreign-step               | OTHER
            nowhere/NoImport.java         | unimported-context         | OTHER
            """)
    void aTypeThatIsNotTheSdksDurableContextMakesNoDurableCode(String file, String label, RegionKind expected) {
        assertThat(project.kindAt(file, label)).isEqualTo(expected);
    }

    @Test
    void aLookAlikeStepIsNotADurableCall() {
        Project.Analysed lookAlike = project.file("other/LookAlike.java");
        MethodCallExpr step = lookAlike.unit().findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("step"))
                .orElseThrow();

        assertThat(lookAlike.resolver().durableCall(step)).isEmpty();
        assertThat(lookAlike.resolver().bindingOf(step.getScope().orElseThrow().asNameExpr())).isPresent();
        assertThat(lookAlike.resolver().typeOf(step.getScope().orElseThrow())).contains("other.DurableContext");
    }

    @Test
    void everyLambdaOfTheHandlerIsClassified() {
        Project.Analysed handler = project.file("demo/OrderHandler.java");
        List<RegionKind> kinds = new ArrayList<>();
        for (LambdaExpr lambda : handler.unit().findAll(LambdaExpr.class)) {
            kinds.add(handler.regions().kindOf(lambda.getBody()));
        }
        assertThat(kinds).doesNotContainNull().contains(RegionKind.STEP_BODY, RegionKind.ORCHESTRATION, RegionKind.OTHER);
    }

    @Test
    void classificationIsStableAcrossCalls() {
        Project.Analysed handler = project.file("demo/OrderHandler.java");
        MethodCallExpr mark = handler.mark("deep-step");
        RegionKind first = handler.regions().kindOf(mark);

        assertThat(handler.regions().kindOf(mark)).isEqualTo(first);
        // A fresh classifier over a fresh resolver agrees.
        RegionClassifier fresh = new RegionClassifier(new FileResolver(handler.unit(), project.types()));
        assertThat(fresh.kindOf(mark)).isEqualTo(first);
    }

    @Test
    void aStepBodyInACastParenthesesOrConditionalIsStillAStepBody(@TempDir Path dir) {
        // RegionClassifier.asBodyArgument only looks at a lambda whose parent is the MethodCallExpr itself; with
        // a CastExpr, EnclosedExpr or ConditionalExpr in between, the lambda falls through to enclosingKind():
        // ORCHESTRATION. (FileResolver.implicitLambdaParameterType has the same parent check.)
        Project cast = Project.of(dir, Map.of("src/demo/Cast.java", """
                package demo;

                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.StepContext;
                import java.util.function.Function;

                class Cast {
                    String run(DurableContext ctx) {
                        ctx.step("cast", String.class, (Function<StepContext, String>) sc -> "" + mark("cast-step"));
                        ctx.step("conditional", String.class, ctx != null ? sc -> "" + mark("conditional-step") : sc -> "");
                        return ctx.step("parenthesised", String.class, (sc -> "" + mark("parenthesised-step")));
                    }

                    static long mark(String where) { return 0; }
                }
                """));

        assertSoftly(softly -> {
            softly.assertThat(cast.kindAt("demo/Cast.java", "cast-step")).as("cast").isEqualTo(RegionKind.STEP_BODY);
            softly.assertThat(cast.kindAt("demo/Cast.java", "parenthesised-step")).as("parenthesised")
                    .isEqualTo(RegionKind.STEP_BODY);
            softly.assertThat(cast.kindAt("demo/Cast.java", "conditional-step")).as("conditional")
                    .isEqualTo(RegionKind.STEP_BODY);
        });
    }

    /** A scanned, parsed and resolved source tree. */
    record Project(Workspace workspace, ParsedSources parsed, KnownTypes types, Path src, List<String> problems) {

        static Project of(Path dir, Map<String, String> files) {
            try {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    Path path = dir.resolve(f.getKey());
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, f.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Workspace workspace = Workspace.scan(List.of(dir));
            ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_21);
            List<String> problems = new ArrayList<>();
            KnownTypes types = new KnownTypes(DurableModel.awsLambdaDurableJava(), workspace, parsed, List.of(), problems::add);
            return new Project(workspace, parsed, types, dir.resolve("src").toAbsolutePath().normalize(), problems);
        }

        Analysed file(String relative) {
            Path path = src.resolve(relative);
            CompilationUnit unit = workspace.files().stream().filter(f -> f.path().equals(path)).findFirst()
                    .map(f -> parsed.parse(f).tree().orElseThrow(() -> new AssertionError("does not parse: " + relative)))
                    .orElseThrow(() -> new AssertionError("not scanned: " + relative));
            FileResolver resolver = new FileResolver(unit, types);
            return new Analysed(unit, resolver, new RegionClassifier(resolver));
        }

        RegionKind kindAt(String relative, String label) {
            Analysed analysed = file(relative);
            return analysed.regions().kindOf(analysed.mark(label));
        }

        record Analysed(CompilationUnit unit, FileResolver resolver, RegionClassifier regions) {

            /** The one {@code mark("label")} call of the file. */
            MethodCallExpr mark(String label) {
                List<MethodCallExpr> found = unit.findAll(MethodCallExpr.class, c -> c.getNameAsString().equals("mark")
                        && c.getArguments().size() == 1
                        && c.getArgument(0) instanceof StringLiteralExpr s && s.getValue().equals(label));
                assertThat(found).as("mark(\"%s\")", label).hasSize(1);
                return found.get(0);
            }
        }
    }
}
