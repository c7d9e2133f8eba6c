package dev.durablecheck.core.resolve;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.model.OperationBody;
import dev.durablecheck.core.parse.ParsedSources;
import dev.durablecheck.core.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/** Resolution end to end over real sources, without the SDK jar: the SDK is recognised by its imports. */
class FileResolverTest {

    private static final String SDK = "software.amazon.lambda.durable.";
    private static final String CONTEXT = SDK + "DurableContext";
    private static final String STEP_CONTEXT = SDK + "StepContext";

    /** {@code %s} is replaced by the expression under test, which can use the parameters and locals of probe(). */
    private static final String PROBE = """
            package demo;

            import static java.time.Instant.now;
            import static java.lang.System.out;
            import java.util.List;
            import java.util.concurrent.TimeUnit;

            class Probe {
                int count;

                static int helper() {
                    return 1;
                }

                static <T> T first(List<T> items) {
                    return items.get(0);
                }

                Object probe(String[] args, List<String> names, boolean flag) throws Exception {
                    var local = new java.util.ArrayList<String>();
                    return %s;
                }
            }
            """;

    private static final String DURABLE = """
            package demo;

            import java.time.Duration;
            import java.util.List;
            import software.amazon.lambda.durable.DurableContext;

            class Resolving {
                private final Object lock = new Object();
                private DurableContext saved;

                String run(DurableContext ctx, List<Order> orders) throws InterruptedException {
                    var copy = ctx;
                    var future = ctx.stepAsync("async", String.class, sc -> "x");
                    var parallel = ctx.parallel("fan-out");
                    var logger = ctx.getLogger();
                    var lambdaContext = ctx.getLambdaContext();
                    var current = DurableContext.getCurrentContext();
                    var replaying = ctx.isReplaying();
                    Object uses = List.of(logger, lambdaContext, current, replaying);
                    copy.step("via-copy", String.class, sc -> "y");
                    ctx.runInChildContext("child", String.class, child -> child.step("in-child", String.class,
                            stepCtx -> stepCtx.getAttempt() + "z"));
                    ctx.map("map", orders, String.class,
                            (order, index, itemCtx) -> itemCtx.step("item", String.class, s -> order.id() + index));
                    ctx.map("map-var", orders, String.class, (var o, var i, var c) -> c.step("var-item", String.class, s -> ""));
                    parallel.branch("branch", String.class, b -> "b");
                    ctx.wait("pause", Duration.ofSeconds(1));
                    ctx.waitAsync("pause-async", Duration.ofSeconds(1));
                    ctx.wait("arity-one");
                    ctx.wait("arity-three", Duration.ofSeconds(1), 3);
                    lock.wait(10);
                    this.lock.wait();
                    DurableContext.getCurrentContext().step("current", String.class, sc -> "w");
                    saved.step("field", String.class, sc -> "f");
                    this.saved.step("this-field", String.class, sc -> "t");
                    return future.get();
                }

                record Order(String id) {}
            }
            """;

    @TempDir
    static Path shared;

    private static FileResolver durable;

    @BeforeAll
    static void resolveDurableSource() {
        durable = resolverFor(shared, "src/demo/Resolving.java", DURABLE);
    }

    private static FileResolver resolverFor(Path dir, String relative, String source) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Workspace workspace = Workspace.scan(List.of(dir));
        ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_21);
        List<String> problems = new ArrayList<>();
        KnownTypes types = new KnownTypes(DurableModel.awsLambdaDurableJava(), workspace, parsed, List.of(), problems::add);
        CompilationUnit unit = parsed.parse(workspace.files().get(0)).tree()
                .orElseThrow(() -> new AssertionError("does not parse: " + parsed.parse(workspace.files().get(0)).problem()));
        assertThat(problems).isEmpty();
        return new FileResolver(unit, types);
    }

    private static Expression probe(Path dir, String expression) {
        FileResolver resolver = resolverFor(dir, "src/demo/Probe.java", PROBE.formatted(expression));
        probeResolver = resolver;
        MethodDeclaration method = resolver.unit().findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals("probe"))
                .orElseThrow();
        return method.findFirst(ReturnStmt.class).flatMap(ReturnStmt::getExpression).orElseThrow();
    }

    private static FileResolver probeResolver;

    // ---- static types --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "typeOf({0}) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "text"                               | java.lang.String
            42                                   | int
            42L                                  | long
            4.2                                  | double
            4.2f                                 | float
            1e3F                                 | float
            4.2d                                 | double
            'c'                                  | char
            true                                 | boolean
            String.class                         | java.lang.Class
            "n=" + 1                             | java.lang.String
            1 + "n"                              | java.lang.String
            new java.util.ArrayList<String>()    | java.util.ArrayList
            new StringBuilder("x")               | java.lang.StringBuilder
            new Probe()                          | demo.Probe
            new int[3]                           | int[]
            new String[2][2]                     | java.lang.String[][]
            args                                 | java.lang.String[]
            args[0]                              | java.lang.String
            args.length                          | int
            local                                | java.util.ArrayList
            names                                | java.util.List
            count                                | int
            this.count                           | int
            this                                 | demo.Probe
            (CharSequence) "x"                   | java.lang.CharSequence
            ("x")                                | java.lang.String
            flag ? "a" : "b"                     | java.lang.String
            local = new java.util.ArrayList<>()  | java.util.ArrayList
            "abc".length()                       | int
            Integer.valueOf(1)                   | java.lang.Integer
            now()                                | java.time.Instant
            java.time.Instant.now()              | java.time.Instant
            java.time.Duration.ofSeconds(1)      | java.time.Duration
            System.currentTimeMillis()           | long
            System.out                           | java.io.PrintStream
            out                                  | java.io.PrintStream
            TimeUnit.SECONDS                     | java.util.concurrent.TimeUnit
            List.of("a")                         | java.util.List
            helper()                             | int
            1 + 2                                | -
            null                                 | -
            undefinedName                        | -
            System                               | -
            names.get(0)                         | java.lang.String
            names.stream().filter(n -> n.isEmpty()).findFirst().get() | java.lang.String
            names.stream().map(String::length).findFirst().get() | java.lang.Integer
            java.util.Arrays.stream(args).findFirst().get() | java.lang.String
            java.util.Optional.of(names).get().get(0) | java.lang.String
            List.of(1L, 2L).get(0)               | java.lang.Long
            Probe.first(names)                   | java.lang.String
            List.of(args).get(0)                 | java.lang.String
            """)
    void typeOf(String expression, String expected, @TempDir Path dir) {
        Expression e = probe(dir, expression);

        assertThat(probeResolver.typeOf(e)).isEqualTo(expected.equals("-") ? Optional.empty() : Optional.of(expected));
    }

    @Test
    void typeOfATextBlockIsString(@TempDir Path dir) {
        Expression e = probe(dir, "\"\"\"\n            text\n            \"\"\"");

        assertThat(probeResolver.typeOf(e)).contains("java.lang.String");
    }

    /** Rows: expression | kind | owner | name | static | argument types (';'-separated, '?' unknown). */
    @ParameterizedTest(name = "targetOf({0})")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            now()                                 | METHOD      | java.time.Instant             | now         | true  | ``
            java.time.Instant.now()               | METHOD      | java.time.Instant             | now         | true  | ``
            TimeUnit.SECONDS.sleep(1)             | METHOD      | java.util.concurrent.TimeUnit | sleep       | false | int
            java.util.concurrent.TimeUnit.SECONDS.sleep(1L) | METHOD | java.util.concurrent.TimeUnit | sleep | false | long
            System.out.println("x")               | METHOD      | java.io.PrintStream           | println     | false | java.lang.String
            out.println(count)                    | METHOD      | java.io.PrintStream           | println     | false | int
            System.nanoTime()                     | METHOD      | java.lang.System              | nanoTime    | true  | ``
            helper()                              | METHOD      | demo.Probe                    | helper      | true  | ``
            names.size()                          | METHOD      | java.util.List                | size        | false | ``
            names.get(count)                      | METHOD      | java.util.List                | get         | false | int
            Math.max(1, 2L)                       | METHOD      | java.lang.Math                | max         | true  | int;long
            String.valueOf(undefinedName)         | METHOD      | java.lang.String              | valueOf     | true  | ?
            new java.util.Random(42L)             | CONSTRUCTOR | java.util.Random              | <init>      | false | long
            new java.util.Random()                | CONSTRUCTOR | java.util.Random              | <init>      | false | ``
            new Probe()                           | CONSTRUCTOR | demo.Probe                    | <init>      | false | ``
            System.out                            | FIELD       | java.lang.System              | out         | true  | ``
            out                                   | FIELD       | java.lang.System              | out         | true  | ``
            this.count                            | FIELD       | demo.Probe                    | count       | false | ``
            count                                 | FIELD       | demo.Probe                    | count       | false | ``
            """)
    void targetOf(String expression, MemberTarget.Kind kind, String owner, String name, boolean isStatic, String arguments,
                  @TempDir Path dir) {
        Expression e = probe(dir, expression);

        Optional<MemberTarget> target = targetOf(probeResolver, e);

        List<String> argumentTypes = arguments.isEmpty() ? List.of()
                : Arrays.stream(arguments.split(";")).map(a -> a.equals("?") ? null : a).toList();
        assertThat(target).contains(new MemberTarget(kind, owner, name, argumentTypes, isStatic));
    }

    @ParameterizedTest(name = "targetOf({0}) is unknown")
    @ValueSource(strings = {"undefinedName.run()", "undefined()", "new Undefined()", "args.length", "local.undefinedField"})
    void unresolvableTargetsAreEmpty(String expression, @TempDir Path dir) {
        Expression e = probe(dir, expression);

        assertThat(targetOf(probeResolver, e)).isEmpty();
    }

    private static Optional<MemberTarget> targetOf(FileResolver resolver, Expression e) {
        if (e instanceof MethodCallExpr call) {
            return resolver.targetOf(call);
        }
        if (e instanceof ObjectCreationExpr creation) {
            return resolver.targetOf(creation);
        }
        return resolver.targetOf(e);
    }

    @Test
    void typeNamesAreNotValues() {
        NameExpr contextType = durable.unit().findFirst(NameExpr.class, n -> n.getNameAsString().equals("DurableContext"))
                .orElseThrow();
        NameExpr lock = name("lock");

        assertThat(durable.typeNameOf(contextType)).contains(CONTEXT);
        assertThat(durable.bindingOf(contextType)).isEmpty();
        assertThat(durable.typeNameOf(lock)).isEmpty();
        assertThat(durable.bindingOf(lock)).get().isInstanceOf(Binding.Field.class);
    }

    // ---- durable calls -------------------------------------------------------------------------------------

    /** The call whose first argument is the string literal {@code name}. */
    private static MethodCallExpr named(String name) {
        List<MethodCallExpr> found = durable.unit().findAll(MethodCallExpr.class, c -> !c.getArguments().isEmpty()
                && c.getArgument(0) instanceof StringLiteralExpr s && s.getValue().equals(name));
        assertThat(found).as("call named %s", name).hasSize(1);
        return found.get(0);
    }

    private static NameExpr name(String identifier) {
        return durable.unit().findFirst(NameExpr.class, n -> n.getNameAsString().equals(identifier))
                .orElseThrow(() -> new AssertionError("no use of " + identifier));
    }

    /** Rows: operation-name argument | family | body kind ("-" for none). */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            async        | step              | STEP
            fan-out      | parallel          | -
            via-copy     | step              | STEP
            child        | runInChildContext | CHILD
            in-child     | step              | STEP
            map          | map               | CHILD
            item         | step              | STEP
            map-var      | map               | CHILD
            var-item     | step              | STEP
            branch       | branch            | CHILD
            pause        | wait              | -
            pause-async  | wait              | -
            current      | step              | STEP
            field        | step              | STEP
            this-field   | step              | STEP
            """)
    void recognisesDurableCalls(String name, String family, String bodyKind) {
        MethodCallExpr call = named(name);

        DurableCall durableCall = durable.durableCall(call).orElseThrow(() -> new AssertionError("not durable: " + call));

        assertThat(durableCall.call()).isSameAs(call);
        assertThat(durableCall.operation().family()).isEqualTo(family);
        assertThat(durableCall.nameArgument()).containsSame(call.getArgument(0));
        if (bodyKind.equals("-")) {
            assertThat(durableCall.body()).isEmpty();
        } else {
            OperationBody body = durableCall.body().orElseThrow();
            assertThat(body.kind()).isEqualTo(BodyKind.valueOf(bodyKind));
            assertThat(call.getArgument(body.argument())).isInstanceOf(LambdaExpr.class);
        }
        assertThat(durable.durableCall(call)).as("memoised").containsSame(durableCall);
    }

    @ParameterizedTest(name = "{0} is not durable")
    @ValueSource(strings = {"arity-one", "arity-three"})
    void waitWithAnotherArityIsNotAnOperation(String name) {
        assertThat(durable.durableCall(named(name))).isEmpty();
    }

    @Test
    void objectWaitIsNotADurableWait() {
        List<MethodCallExpr> waits = durable.unit().findAll(MethodCallExpr.class,
                c -> c.getNameAsString().equals("wait") && c.getArguments().size() <= 1
                        && !(c.getArguments().size() == 1 && c.getArgument(0) instanceof StringLiteralExpr));
        assertThat(waits).extracting(Object::toString).containsExactly("lock.wait(10)", "this.lock.wait()");

        for (MethodCallExpr wait : waits) {
            assertThat(durable.durableCall(wait)).as(wait.toString()).isEmpty();
            assertThat(durable.targetOf(wait)).as(wait.toString())
                    .hasValueSatisfying(t -> assertThat(t.owner()).isEqualTo("java.lang.Object"));
        }
        assertThat(durable.durableCall(named("pause"))).isPresent();
    }

    @Test
    void callsWithoutAReceiverAreNeverDurable() {
        MethodCallExpr unscoped = new MethodCallExpr("step", new StringLiteralExpr("s"));
        assertThat(durable.durableCall(unscoped)).isEmpty();
    }

    /** Rows: a name used in Resolving.run | its type ("-" for unknown). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ctx            | software.amazon.lambda.durable.DurableContext
            copy           | software.amazon.lambda.durable.DurableContext
            future         | software.amazon.lambda.durable.DurableFuture
            parallel       | software.amazon.lambda.durable.ParallelDurableFuture
            logger         | software.amazon.lambda.durable.logging.DurableLogger
            lambdaContext  | com.amazonaws.services.lambda.runtime.Context
            current        | software.amazon.lambda.durable.DurableContext
            replaying      | boolean
            child          | software.amazon.lambda.durable.DurableContext
            stepCtx        | software.amazon.lambda.durable.StepContext
            itemCtx        | software.amazon.lambda.durable.DurableContext
            order          | demo.Resolving.Order
            index          | -
            c              | software.amazon.lambda.durable.DurableContext
            saved          | software.amazon.lambda.durable.DurableContext
            lock           | java.lang.Object
            orders         | java.util.List
            """)
    void localsAndLambdaParametersAreTypedByTheModel(String identifier, String expected) {
        assertThat(durable.typeOf(name(identifier)))
                .isEqualTo(expected.equals("-") ? Optional.empty() : Optional.of(expected));
    }

    @Test
    void modelMembersTypeTheirResults() {
        MethodCallExpr attempt = durable.unit().findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("getAttempt"))
                .orElseThrow();
        MethodCallExpr get = durable.unit().findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("get"))
                .orElseThrow();

        assertThat(durable.typeOf(attempt)).contains("int");
        assertThat(durable.targetOf(attempt)).map(MemberTarget::owner).contains(STEP_CONTEXT);
        // DurableFuture.get() returns the caller's type argument: unknown, not Object.
        assertThat(durable.typeOf(get)).isEmpty();
        assertThat(durable.targetOf(get)).map(MemberTarget::owner).contains(SDK + "DurableFuture");
    }

    @Test
    void getCurrentContextIsAStaticAccessReturningTheContext() {
        MethodCallExpr current = durable.unit().findFirst(MethodCallExpr.class,
                c -> c.getNameAsString().equals("getCurrentContext")).orElseThrow();

        assertThat(durable.targetOf(current)).contains(
                new MemberTarget(MemberTarget.Kind.METHOD, CONTEXT, "getCurrentContext", List.of(), true));
        assertThat(durable.typeOf(current)).contains(CONTEXT);
    }

    @Test
    void bindingsDescribeWhereANameWasDeclared() {
        Binding.Local copy = (Binding.Local) durable.bindingOf(name("copy")).orElseThrow();
        assertThat(copy.declaredType()).as("var has no written type").isNull();
        assertThat(copy.initializer()).hasToString("ctx");
        assertThat(copy.lambda()).isNull();

        Binding.Local child = (Binding.Local) durable.bindingOf(name("child")).orElseThrow();
        assertThat(child.declaredType()).isNull();
        assertThat(child.lambda()).isNotNull();
        assertThat(child.lambdaParameter()).isZero();

        Binding.Local itemCtx = (Binding.Local) durable.bindingOf(name("itemCtx")).orElseThrow();
        assertThat(itemCtx.lambdaParameter()).isEqualTo(2);

        Binding.Field lock = (Binding.Field) durable.bindingOf(name("lock")).orElseThrow();
        assertThat(lock.declaringType()).isEqualTo("demo.Resolving");
        assertThat(lock.summary()).isEqualTo(new FieldSummary("lock", "java.lang.Object", false, true));
        assertThat(lock.source()).isPresent();
        assertThat(lock.staticImport()).isFalse();

        assertThat(durable.bindingOf(new NameExpr("nothingCalledThis"))).isEmpty();
    }

    @Test
    void fieldOfFindsFieldsThroughThis() {
        Expression thisLock = durable.unit().findFirst(MethodCallExpr.class, c -> c.toString().equals("this.lock.wait()"))
                .flatMap(MethodCallExpr::getScope).orElseThrow();

        Binding.Field field = durable.fieldOf(thisLock).orElseThrow();

        assertThat(field.declaringType()).isEqualTo("demo.Resolving");
        assertThat(field.summary().type()).isEqualTo("java.lang.Object");
        assertThat(field.source()).map(Object::toString).contains("lock = new Object()");
    }

    @Test
    void recognisesOnlyTheModelsContextType() {
        assertThat(durable.isDurableContext(CONTEXT)).isTrue();
        assertThat(durable.isDurableContext(STEP_CONTEXT)).isFalse();
        assertThat(durable.isDurableContext("other.DurableContext")).isFalse();
        assertThat(durable.isDurableContext("DurableContext")).isFalse();
    }

    @Test
    void patternVariablesAreTyped(@TempDir Path dir) {
        // Input: if (o instanceof DurableContext dc) { dc.step("p", String.class, sc -> "x"); } in a method that has a
        // DurableContext parameter. Actual: typeOf(dc) is empty, dc.step(...) is not a durable call, and its body is
        // classified as ORCHESTRATION instead of STEP_BODY (so every rule reports inside that step body).
        FileResolver resolver = resolverFor(dir, "src/demo/Patterns.java", """
                package demo;

                import software.amazon.lambda.durable.DurableContext;

                class Patterns {
                    void run(DurableContext ctx, Object o) {
                        if (o instanceof DurableContext dc) {
                            dc.step("p", String.class, sc -> "x");
                        }
                    }
                }
                """);
        NameExpr dc = resolver.unit().findFirst(NameExpr.class, n -> n.getNameAsString().equals("dc")).orElseThrow();
        MethodCallExpr step = resolver.unit().findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("step"))
                .orElseThrow();

        assertSoftly(softly -> {
            softly.assertThat(resolver.typeOf(dc)).contains(CONTEXT);
            softly.assertThat(resolver.durableCall(step)).isPresent();
        });
    }

    @Test
    void typesOtherThanThePrimaryTypeOfTheFileResolve(@TempDir Path dir) {
        // Input: Workflow.java declaring `class Workflow {}` and a second top-level class `Secondary` with a field
        // `DurableContext ctx` and a method helper(). KnownTypes.sourceDeclaration only looks up files by their
        // primary type name, so find("demo.Secondary") is empty. Actual: this.ctx.step(...) is not a durable call
        // (its body is classified ORCHESTRATION), helper() and this.ctx have no target; the same code in the
        // primary class resolves (see recognisesDurableCalls "this-field" and targetOf "helper()").
        FileResolver resolver = resolverFor(dir, "src/demo/Workflow.java", """
                package demo;

                import software.amazon.lambda.durable.DurableContext;

                class Workflow {
                }

                class Secondary {
                    private DurableContext ctx;

                    void run(DurableContext other) {
                        this.ctx.step("this-field", String.class, sc -> "t");
                        helper();
                    }

                    void helper() {
                    }
                }
                """);
        MethodCallExpr step = resolver.unit().findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("step"))
                .orElseThrow();
        MethodCallExpr helper = resolver.unit().findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals("helper"))
                .orElseThrow();

        assertSoftly(softly -> {
            softly.assertThat(resolver.types().find("demo.Secondary")).isPresent();
            softly.assertThat(resolver.typeOf(step.getScope().orElseThrow())).contains(CONTEXT);
            softly.assertThat(resolver.durableCall(step)).isPresent();
            softly.assertThat(resolver.targetOf(helper))
                    .contains(new MemberTarget(MemberTarget.Kind.METHOD, "demo.Secondary", "helper", List.of(), false));
        });
    }

    @Test
    void argumentSlotComparesByIdentityAndLooksThroughParenthesesAndCasts() {
        MethodCallExpr call = named("via-copy");

        assertThat(ArgumentSlot.of(call.getArgument(0))).contains(new ArgumentSlot(call, 0));
        assertThat(ArgumentSlot.of(call.getArgument(2))).contains(new ArgumentSlot(call, 2));
        assertThat(ArgumentSlot.of(new StringLiteralExpr("via-copy"))).isEmpty();
        assertThat(ArgumentSlot.of(call)).isEmpty();
    }
}
