package dev.durablecheck.core.parse;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.VarType;
import dev.durablecheck.core.workspace.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedSourcesTest {

    private static final String MODERN = """
            package demo;

            sealed interface Shape permits Circle, Square {}
            record Circle(double radius) implements Shape {}
            record Square(double side) implements Shape {}

            class Areas {
                static double area(Shape shape) {
                    return switch (shape) {
                        case Circle c when c.radius() > 0 -> Math.PI * c.radius() * c.radius();
                        case Circle c -> 0;
                        case Square(double side) -> side * side;
                    };
                }
            }
            """;

    private static SourceFile file(String name, String text) {
        return new SourceFile(Path.of("/virtual/demo").resolve(name).toAbsolutePath(), text, null, "demo");
    }

    @Test
    void parsesAValidFile() {
        ParseOutcome outcome = new ParsedSources(LanguageLevel.JAVA_21).parse(file("A.java", "package demo;\nclass A {}\n"));

        assertThat(outcome.problem()).isNull();
        assertThat(outcome.tree()).isPresent();
        assertThat(outcome.unit().getType(0).getNameAsString()).isEqualTo("A");
        assertThat(outcome.file().path().getFileName().toString()).isEqualTo("A.java");
    }

    /**
     * Rows: source with a syntax error ('\n' written as '~'), the line of the error, and the column of the
     * token JavaParser reports as found there (the reported column must not lie after it).
     */
    @ParameterizedTest(name = "[{index}] line {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `package demo;~class A {~    void m() {~        int x = ;~    }~}~`  | 4 | 17
            `package demo;~class A extends {}~`                                  | 2 | 17
            `package demo;~~~  clazz A {}~`                                      | 4 | 11
            """)
    void aSyntaxErrorGivesTheProblemAndWhereItIs(String source, int line, int foundColumn) {
        ParseOutcome outcome = new ParsedSources(LanguageLevel.JAVA_21).parse(file("Broken.java", source.replace('~', '\n')));

        assertThat(outcome.tree()).isEmpty();
        assertThat(outcome.unit()).isNull();
        assertThat(outcome.problem()).startsWith("cannot parse: ").doesNotContain("\n");
        assertThat(outcome.problem().length()).isGreaterThan("cannot parse: ".length());
        assertThat(outcome.line()).isEqualTo(line);
        assertThat(outcome.column()).isBetween(1, foundColumn);
    }

    @ParameterizedTest(name = "[{index}] {1}:{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `package demo;~class A {~    void m() {~        int x = ;~    }~}~`  | 4 | 17
            `package demo;~class A {~    void m() {~        call(~    }~}~`      | 5 | 5
            `package demo;~class A extends {}~`                                  | 2 | 17
            `package demo;~~~  clazz A {}~`                                      | 4 | 11
            """)
    void aSyntaxErrorIsReportedAtTheOffendingToken(String source, int line, int column) {
        // JavaParser's message says 'Found ";"' (row 1), but ParseOutcome takes Problem.getLocation().begin, which
        // is the token before it: actual 4:15 (the '='), 4:13 (the '(' one line above the '}'), 2:9 ('extends'),
        // 4:9 ('A'). The offending token is ParseException.currentToken.next (Problem.getCause()).
        ParseOutcome outcome = new ParsedSources(LanguageLevel.JAVA_21).parse(file("Broken.java", source.replace('~', '\n')));

        assertThat(outcome.line() + ":" + outcome.column()).isEqualTo(line + ":" + column);
    }

    @Test
    void theProblemNamesWhatWasFound() {
        ParseOutcome outcome = new ParsedSources(LanguageLevel.JAVA_21)
                .parse(file("Broken.java", "package demo;\nclass A {\n    void m() {\n        int x = ;\n    }\n}\n"));

        assertThat(outcome.problem()).contains("\";\"");
    }

    @Test
    void recordsAndSwitchPatternsParseAtJava21() {
        ParseOutcome outcome = new ParsedSources(LanguageLevel.JAVA_21).parse(file("Areas.java", MODERN));

        assertThat(outcome.problem()).isNull();
        CompilationUnit unit = outcome.tree().orElseThrow();
        assertThat(unit.findAll(RecordDeclaration.class)).extracting(r -> r.getNameAsString())
                .containsExactly("Circle", "Square");
        assertThat(unit.findAll(SwitchExpr.class)).hasSize(1);
    }

    @Test
    void theLanguageLevelIsHonoured() {
        ParseOutcome outcome = new ParsedSources(LanguageLevel.JAVA_11).parse(file("Areas.java", MODERN));

        assertThat(outcome.tree()).isEmpty();
        assertThat(outcome.problem()).startsWith("cannot parse: ");
    }

    @Test
    void onlyTheFilesTheRunReportsOnAreValidatedAgainstTheLevel() {
        SourceFile file = file("Fields.java", "package demo;\nclass Fields {\n    private public int both;\n}\n");

        assertThat(new ParsedSources(LanguageLevel.JAVA_21).parse(file).problem()).contains("private");
        assertThat(new ParsedSources(LanguageLevel.JAVA_21, path -> false).parse(file).problem()).isNull();
    }

    @Test
    void aContextFileGetsItsLevelsVarAndYieldParseAfterParseEvenAfterAFailure() {
        String text = """
                package demo;
                class Totals {
                    int pick(int k) {
                        var total = 0;
                        return switch (k) {
                            case 1 -> {
                                yield total;
                            }
                            default -> 0;
                        };
                    }
                }
                """;
        ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_17, path -> false);

        assertThat(parsed.parse(file("Broken.java", "class {")).tree()).isEmpty();
        for (String name : List.of("Totals.java", "Again.java")) {
            CompilationUnit unit = parsed.parse(file(name, text)).tree().orElseThrow();
            assertThat(unit.findAll(VarType.class)).hasSize(1);
            assertThat(unit.findAll(YieldStmt.class)).hasSize(1);
        }
    }

    @Test
    void aContextFileGetsTheVarTypesTheLevelsPostProcessorGivesAValidatedOne() {
        String text = """
                package demo;
                import java.util.List;
                import java.util.function.BiFunction;
                class Vars {
                    Object all(List<String> names) {
                        var first = names.get(0);
                        for (var name : names) {
                            first = name;
                        }
                        BiFunction<String, String, String> join = (var a, var b) -> a + b;
                        try (var in = new java.io.StringReader(first)) {
                            return join.apply(first, String.valueOf(in.hashCode()));
                        } catch (java.io.IOException e) {
                            return var.class;
                        }
                    }
                }
                """;
        for (LanguageLevel level : List.of(LanguageLevel.JAVA_9, LanguageLevel.JAVA_10, LanguageLevel.JAVA_21)) {
            CompilationUnit validated = new ParsedSources(level).parse(file("Vars.java", text)).tree().orElseThrow();
            CompilationUnit context = new ParsedSources(level, path -> false).parse(file("Vars.java", text)).tree().orElseThrow();

            assertThat(shape(context)).as("at %s", level).isEqualTo(shape(validated));
            assertThat(context.findAll(VarType.class)).as("at %s", level).hasSize(level == LanguageLevel.JAVA_9 ? 0 : 5)
                    .allSatisfy(var -> assertThat(var.getRange()).isPresent());
        }
    }

    @Test
    void aParsedTreeKeepsItsIndexFromTheWalkThatFinishedIt() {
        String text = """
                package demo;
                import java.util.List;
                class Outer {
                    interface Port {
                    }
                    void run(List<String> names) {
                        record Local(int x) {
                        }
                        names.forEach(System.out::println);
                        Runnable r = new Runnable() {
                            public void run() {
                                names.stream().map(String::trim).forEach(System.out::println);
                            }
                        };
                    }
                    enum Mode { ON }
                }
                class Second {
                }
                """;
        for (ParsedSources parsed : List.of(new ParsedSources(LanguageLevel.JAVA_21),
                new ParsedSources(LanguageLevel.JAVA_21, path -> false))) {
            CompilationUnit unit = parsed.parse(file("Outer.java", text)).unit();
            TreeIndex recorded = TreeIndex.of(unit);
            TreeIndex.Builder walked = new TreeIndex.Builder();
            unit.walk(walked);

            assertThat(recorded.declaredTypes()).extracting(type -> type.getNameAsString())
                    .containsExactly("Outer", "Port", "Local", "Mode", "Second");
            List<TypeDeclaration> found = unit.findAll(TypeDeclaration.class);
            assertThat(recorded.declaredTypes()).hasSameSizeAs(found);
            for (int i = 0; i < found.size(); i++) {
                assertThat(recorded.declaredTypes().get(i)).isSameAs(found.get(i));
            }
            assertThat(recorded.calledNames()).containsExactlyInAnyOrder("forEach", "stream", "map")
                    .isEqualTo(walked.build().calledNames());
            assertThat(recorded.methodReferences().keySet()).containsExactlyInAnyOrder("println", "trim");
            assertThat(recorded.methodReferences().get("println")).hasSize(2)
                    .isEqualTo(walked.build().methodReferences().get("println"));
        }
    }

    /** Every node's kind and range, in pre-order; a deferred body is a block. */
    private static List<String> shape(CompilationUnit unit) {
        return unit.findAll(Node.class).stream()
                .map(node -> node.getMetaModel().getTypeName() + node.getRange().map(Object::toString).orElse("?"))
                .toList();
    }

    @Test
    void treesKeepEveryRangeButNoTokens() {
        CompilationUnit unit = new ParsedSources(LanguageLevel.JAVA_21).parse(file("Noted.java",
                "package demo;\n/** Notes. */\nclass Noted {\n    // why\n    int count = 1; /* trailing */\n}\n")).unit();

        assertThat(unit.findAll(Node.class)).allSatisfy(node -> {
            assertThat(node.getRange()).isPresent();
            assertThat(node.getTokenRange()).isEmpty();
        });
        assertThat(unit.getAllComments()).hasSize(3).allSatisfy(comment -> {
            assertThat(comment.getRange()).isPresent();
            assertThat(comment.getTokenRange()).isEmpty();
        });
        assertThat(unit.findFirst(FieldDeclaration.class).orElseThrow().getBegin().orElseThrow().line).isEqualTo(5);
    }

    @Test
    void theSameFileIsParsedOnce() {
        ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_21);
        SourceFile file = file("A.java", "package demo;\nclass A {}\n");

        ParseOutcome first = parsed.parse(file);
        ParseOutcome second = parsed.parse(file);
        // another SourceFile value for the same path is the same file
        ParseOutcome third = parsed.parse(new SourceFile(file.path(), file.text(), null, "demo"));

        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);
        assertThat(second.unit()).isSameAs(first.unit());
        assertThat(third.unit()).isSameAs(first.unit());
    }

    @Test
    void differentFilesGetDifferentTrees() {
        ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_21);

        CompilationUnit a = parsed.parse(file("A.java", "class A {}")).unit();
        CompilationUnit b = parsed.parse(file("B.java", "class A {}")).unit();

        assertThat(a).isNotSameAs(b);
    }

    @Test
    void parsingFromManyThreadsYieldsOneTreePerFile() throws Exception {
        ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_21);
        SourceFile file = file("Areas.java", MODERN);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CompilationUnit>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Callable<CompilationUnit> task = () -> parsed.parse(file).unit();
                futures.add(pool.submit(task));
            }
            CompilationUnit expected = parsed.parse(file).unit();
            for (Future<CompilationUnit> f : futures) {
                assertThat(f.get()).isSameAs(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedParseIsAlsoRemembered() {
        ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_21);
        SourceFile file = file("Broken.java", "class {");

        assertThat(parsed.parse(file)).isSameAs(parsed.parse(file));
    }

    @Test
    void anUnreadableFileIsReportedAtItsStart() {
        SourceFile unreadable = new SourceFile(Path.of("/virtual/demo/Secret.java"), null,
                "AccessDeniedException: /virtual/demo/Secret.java", "");

        ParseOutcome outcome = new ParsedSources(LanguageLevel.JAVA_21).parse(unreadable);

        assertThat(outcome.tree()).isEmpty();
        assertThat(outcome.problem()).isEqualTo("cannot read: AccessDeniedException: /virtual/demo/Secret.java");
        assertThat(outcome.line()).isEqualTo(1);
        assertThat(outcome.column()).isEqualTo(1);
    }
}
