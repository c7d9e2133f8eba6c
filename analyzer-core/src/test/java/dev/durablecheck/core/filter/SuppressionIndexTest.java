package dev.durablecheck.core.filter;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How suppressions are read from one file: the comment grammar
 * {@code // durable-check:ignore <rule-id>[,<rule-id>] -- <reason>} with the lines it covers, and
 * {@code @SuppressWarnings("durable:<rule-id>")} / {@code "durable"} on every kind of declaration
 * with the lines of that declaration; malformed suppressions become problems.
 */
class SuppressionIndexTest {

    private static final Set<String> KNOWN = Set.of("nondeterministic-time", "nondeterministic-uuid", "environment-read",
            "a-b-c-d", "rule2");

    private static SuppressionIndex index(String source) {
        ParseResult<CompilationUnit> parsed = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse(source);
        assertThat(parsed.getProblems()).as("the test source parses").isEmpty();
        return new SuppressionIndex(parsed.getResult().orElseThrow(), source, KNOWN);
    }

    /** The 1-based lines of {@code source} on which {@code ruleId} is suppressed. */
    private static List<Integer> coveredLines(SuppressionIndex index, String source, String ruleId) {
        int lines = source.split("\n", -1).length + 2;
        return IntStream.rangeClosed(1, lines).filter(l -> index.find(l, ruleId).isPresent()).boxed().toList();
    }

    /** A class whose line {@code 4} is {@code line}, with lines 3 and 5 as neighbours. */
    private static String withLine(String comment) {
        return """
                class A {
                    void m() {
                        int before = 1;
                        %s
                        int next = 2;
                        int afterNext = 3;
                    }
                }
                """.formatted(comment);
    }

    // ---- comments: grammar ------------------------------------------------------------------------------

    @Test
    void aCommentWithARuleIdAndAReasonAtTheEndOfALineCoversThatLine() {
        String source = withLine("int x = 0; // durable-check:ignore nondeterministic-time -- metric only");
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(4);
        assertThat(coveredLines(index, source, "nondeterministic-uuid")).isEmpty();
        assertThat(index.find(4, "nondeterministic-time")).contains(new Suppression(Suppression.Kind.COMMENT, "metric only"));
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void aKeywordGluedToTheRuleIdIsReportedAsMalformed() {
        String source = withLine("// durable-check:ignorenondeterministic-time -- glued");
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).isEmpty();
        assertThat(index.problems()).extracting(SuppressionIndex.Problem::kind)
                .containsExactly(SuppressionIndex.Problem.Kind.MALFORMED);
    }

    @Test
    void ruleIdsWithSeveralDashesAndDigitsAreRead() {
        String source = withLine("// durable-check:ignore a-b-c-d, rule2 -- both");
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "a-b-c-d")).containsExactly(4, 5);
        assertThat(coveredLines(index, source, "rule2")).containsExactly(4, 5);
        assertThat(index.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "// durable-check:ignore nondeterministic-time,nondeterministic-uuid -- both",
        "// durable-check:ignore nondeterministic-time, nondeterministic-uuid -- both",
        "// durable-check:ignore nondeterministic-time ,  nondeterministic-uuid -- both",
        "//durable-check:ignore nondeterministic-time,nondeterministic-uuid--both",
        "/* durable-check:ignore nondeterministic-time,nondeterministic-uuid -- both */"
    })
    void aCommentListingSeveralIdsCoversEachOfThem(String comment) {
        String source = withLine(comment);
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(4, 5);
        assertThat(coveredLines(index, source, "nondeterministic-uuid")).containsExactly(4, 5);
        assertThat(coveredLines(index, source, "environment-read")).isEmpty();
        assertThat(index.find(4, "nondeterministic-uuid")).map(Suppression::justification).contains("both");
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void theReasonIsEverythingAfterTheFirstDoubleDashAndMayHoldDoubleDashes() {
        String source = withLine("// durable-check:ignore nondeterministic-time -- see PROJ-12 -- and the runbook --  ");
        SuppressionIndex index = index(source);

        assertThat(index.find(4, "nondeterministic-time")).map(Suppression::justification)
                .contains("see PROJ-12 -- and the runbook --");
        assertThat(index.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "// durable-check:ignore nondeterministic-time",
        "// durable-check:ignore nondeterministic-time --",
        "// durable-check:ignore nondeterministic-time --    ",
        "/* durable-check:ignore nondeterministic-time */",
        "/* durable-check:ignore nondeterministic-time -- */"
    })
    void aCommentWithoutAReasonStillSuppressesAndIsAProblemOnItsLine(String comment) {
        String source = withLine(comment);
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(4, 5);
        assertThat(index.find(5, "nondeterministic-time")).map(Suppression::justification).contains("");
        assertThat(index.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SuppressionIndex.Problem.Kind.NO_REASON);
            assertThat(p.range().beginLine()).isEqualTo(4);
            assertThat(p.text()).isEqualTo("nondeterministic-time");
        });
    }

    @Test
    void aCommentWithoutAReasonForTwoRulesIsOneProblemNamingBoth() {
        String source = withLine("/* durable-check:ignore nondeterministic-uuid, nondeterministic-time */");
        SuppressionIndex index = index(source);

        assertThat(index.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SuppressionIndex.Problem.Kind.NO_REASON);
            assertThat(p.text()).contains("nondeterministic-time").contains("nondeterministic-uuid");
        });
    }

    @Test
    void anUnknownIdInACommentIsAProblemAndSuppressesNothing() {
        String source = withLine("// durable-check:ignore nondeterministic-tme -- typo");
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).isEmpty();
        assertThat(coveredLines(index, source, "nondeterministic-tme")).isEmpty();
        assertThat(index.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SuppressionIndex.Problem.Kind.UNKNOWN_RULE);
            assertThat(p.range().beginLine()).isEqualTo(4);
            assertThat(p.text()).isEqualTo("nondeterministic-tme");
        });
    }

    @Test
    void knownIdsNextToAnUnknownOneStillApply() {
        String source = withLine("// durable-check:ignore nondeterministic-uuid, uuid -- correlation id");
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-uuid")).containsExactly(4, 5);
        assertThat(index.problems()).extracting(SuppressionIndex.Problem::kind, SuppressionIndex.Problem::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SuppressionIndex.Problem.Kind.UNKNOWN_RULE, "uuid"));
    }

    @Test
    void aReasonWithoutTheDoubleDashIsReadAsIdsAndReported() {
        // The words are not rule ids: each is reported, and the known id is suppressed without a reason.
        String source = withLine("// durable-check:ignore nondeterministic-time metric only");
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(4, 5);
        assertThat(index.problems()).extracting(SuppressionIndex.Problem::kind, SuppressionIndex.Problem::text)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SuppressionIndex.Problem.Kind.UNKNOWN_RULE, "metric"),
                        org.assertj.core.groups.Tuple.tuple(SuppressionIndex.Problem.Kind.UNKNOWN_RULE, "only"),
                        org.assertj.core.groups.Tuple.tuple(SuppressionIndex.Problem.Kind.NO_REASON, "nondeterministic-time"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "// durable-check is great -- nondeterministic-time",
        "// see durable-check:ignore nondeterministic-time -- not at the start of the comment",
        "// TODO nondeterministic-time"
    })
    void otherCommentsAreNotSuppressions(String comment) {
        String source = withLine(comment);
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).isEmpty();
        assertThat(index.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "// durable-check:ignore -- flaky clock",
        "// durable-check:ignore nondeterministic-time: metric only",
        "// durable-check:ignore nondeterministic-time (metric only)",
        "// durable-check:ignore nondeterministic-time - metric only"
    })
    void aMalformedIgnoreCommentIsReportedNotIgnoredSilently(String comment) {
        SuppressionIndex index = index(withLine(comment));

        assertThat(index.problems()).as("a problem for '%s'", comment).isNotEmpty();
    }

    // ---- comments: lines covered ------------------------------------------------------------------------

    @Test
    void aCommentAloneOnTheLineAboveCoversTheNextLineOnlyNotTheOneAfter() {
        String source = """
                class A {
                    void m() {
                        // durable-check:ignore nondeterministic-time -- the next line
                        long a = System.currentTimeMillis();
                        long b = System.currentTimeMillis();
                    }
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(3, 4);
    }

    @Test
    void aBlockCommentOverSeveralLinesCoversThemAndTheLineAfter() {
        String source = """
                class A {
                    void m() {
                        /*
                         * durable-check:ignore nondeterministic-time -- spans lines
                         */
                        long a = System.currentTimeMillis();
                        long b = System.currentTimeMillis();
                    }
                }
                """;
        SuppressionIndex index = index(source);

        // A block comment's content keeps its leading '*', so the pattern must tolerate it or not match at all.
        List<Integer> covered = coveredLines(index, source, "nondeterministic-time");
        assertThat(covered.isEmpty() || covered.equals(List.of(3, 4, 5, 6)))
                .as("covered lines %s", covered).isTrue();
    }

    @Test
    void commentsAnywhereInTheFileAreRead() {
        String source = """
                package a;
                // durable-check:ignore environment-read -- the comment of the class declaration
                class A {
                    int f = 1; // durable-check:ignore nondeterministic-uuid -- on a field
                    void m() {
                        Runnable r = () -> {
                            // durable-check:ignore nondeterministic-time -- inside a lambda
                            long a = System.currentTimeMillis();
                        };
                    }
                    // durable-check:ignore a-b-c-d -- an orphan comment at the end of the class
                }
                """;
        SuppressionIndex index = index(source);

        // On a line of its own a comment covers the next line; at the end of a line of code, that line.
        assertThat(coveredLines(index, source, "environment-read")).containsExactly(2, 3);
        assertThat(coveredLines(index, source, "nondeterministic-uuid")).containsExactly(4);
        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(7, 8);
        assertThat(coveredLines(index, source, "a-b-c-d")).containsExactly(11, 12);
    }

    @Test
    void aTrailingCommentCoversOnlyItsOwnLine() {
        // The rule pages say: at the end of a line the comment covers that line; on a line of its own, the next line.
        String source = withLine("long metric = System.currentTimeMillis(); // durable-check:ignore nondeterministic-time -- metric only");
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(4);
    }

    // ---- annotations ------------------------------------------------------------------------------------

    @Test
    void anAnnotationOnAMethodCoversTheMethodFromItsFirstAnnotationToItsClosingBrace() {
        String source = """
                class A {
                    void before() {}
                    @Deprecated
                    @SuppressWarnings("durable:nondeterministic-time")
                    void m() {
                        long a = System.currentTimeMillis();
                    }
                    void after() {}
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(3, 4, 5, 6, 7);
        assertThat(coveredLines(index, source, "nondeterministic-uuid")).isEmpty();
        assertThat(index.find(6, "nondeterministic-time")).contains(
                new Suppression(Suppression.Kind.ANNOTATION, "@SuppressWarnings(\"durable:nondeterministic-time\")"));
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void anAnnotationOnAClassCoversTheWholeClassAndNothingElse() {
        String source = """
                package a;

                @SuppressWarnings("durable:nondeterministic-uuid")
                class A {
                    void m() {}
                }

                class B {
                    void m() {}
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-uuid")).containsExactly(3, 4, 5, 6);
    }

    @Test
    void anAnnotationOnAFieldCoversItsInitialiserIncludingALambda() {
        String source = """
                class A {
                    @SuppressWarnings("durable:nondeterministic-time")
                    java.util.function.Supplier<Long> clock =
                            () -> System.currentTimeMillis();
                    long other = System.currentTimeMillis();
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(2, 3, 4);
    }

    @Test
    void anAnnotationOnALocalVariableCoversItsDeclarationOnly() {
        String source = """
                class A {
                    void m() {
                        @SuppressWarnings("durable:nondeterministic-time")
                        long a =
                                System.currentTimeMillis();
                        long b = System.currentTimeMillis();
                    }
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(3, 4, 5);
    }

    @Test
    void anAnnotationOnAConstructorOrARecordOrAnEnumConstantCoversIt() {
        String source = """
                class A {
                    @SuppressWarnings("durable:nondeterministic-time")
                    A() {
                        long a = System.currentTimeMillis();
                    }
                }
                @SuppressWarnings("durable:nondeterministic-uuid")
                record R(String id) {
                }
                enum E {
                    @SuppressWarnings("durable:environment-read")
                    ONE,
                    TWO
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(2, 3, 4, 5);
        assertThat(coveredLines(index, source, "nondeterministic-uuid")).containsExactly(7, 8, 9);
        assertThat(coveredLines(index, source, "environment-read")).containsExactly(11, 12);
    }

    @Test
    void anAnnotationOnAMethodCoversLambdasAndAnonymousClassesInIt() {
        String source = """
                class A {
                    @SuppressWarnings("durable:nondeterministic-time")
                    void m(java.util.List<String> list) {
                        list.forEach(s -> System.currentTimeMillis());
                        Runnable r = new Runnable() {
                            public void run() {
                                System.currentTimeMillis();
                            }
                        };
                    }
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "@SuppressWarnings(\"durable\")",
        "@SuppressWarnings({\"unchecked\", \"durable\"})",
        "@java.lang.SuppressWarnings(\"durable\")",
        "@SuppressWarnings(value = \"durable\")"
    })
    void theDurableKeyCoversEveryRule(String annotation) {
        String source = """
                class A {
                    %s
                    void m() {
                    }
                }
                """.formatted(annotation);
        SuppressionIndex index = index(source);

        for (String rule : List.of("nondeterministic-time", "nondeterministic-uuid", "environment-read", "unknown-suppression",
                "some-rule-of-a-plugin")) {
            assertThat(coveredLines(index, source, rule)).as(rule).containsExactly(2, 3, 4);
        }
        assertThat(index.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "@SuppressWarnings({\"unchecked\", \"durable:nondeterministic-time\"})",
        "@SuppressWarnings(value = {\"durable:nondeterministic-time\", \"rawtypes\"})",
        "@java.lang.SuppressWarnings(\"durable:nondeterministic-time\")",
        "@SuppressWarnings(\"durable: nondeterministic-time \")"
    })
    void durableKeysAreFoundInEveryFormOfTheAnnotation(String annotation) {
        String source = """
                class A {
                    %s
                    void m() {
                    }
                }
                """.formatted(annotation);
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(2, 3, 4);
        assertThat(coveredLines(index, source, "nondeterministic-uuid")).isEmpty();
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void twoDurableKeysInOneAnnotationCoverBothRules() {
        String source = """
                class A {
                    @SuppressWarnings({"durable:nondeterministic-time", "durable:environment-read"})
                    void m() {
                    }
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(2, 3, 4);
        assertThat(coveredLines(index, source, "environment-read")).containsExactly(2, 3, 4);
        assertThat(coveredLines(index, source, "nondeterministic-uuid")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "@SuppressWarnings(\"unchecked\")",
        "@SuppressWarnings({\"rawtypes\", \"unchecked\"})",
        "@SuppressWarnings(\"durable-check:nondeterministic-time\")",
        "@SuppressWarnings(\"durableX\")",
        "@SuppressWarnings(\"Durable:nondeterministic-time\")",
        "@Deprecated"
    })
    void otherKeysAndAnnotationsAreLeftAlone(String annotation) {
        String source = """
                class A {
                    %s
                    void m() {
                    }
                }
                """.formatted(annotation);
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).isEmpty();
        assertThat(index.problems()).isEmpty();
    }

    @Test
    void anUnknownIdInAnAnnotationIsAProblemOnTheAnnotationsLineAndSuppressesNothing() {
        String source = """
                class A {
                    @Deprecated
                    @SuppressWarnings("durable:nondeterministic-tme")
                    void m() {
                    }
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).isEmpty();
        assertThat(coveredLines(index, source, "nondeterministic-tme")).isEmpty();
        assertThat(index.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(SuppressionIndex.Problem.Kind.UNKNOWN_RULE);
            assertThat(p.range().beginLine()).isEqualTo(3);
            assertThat(p.text()).isEqualTo("nondeterministic-tme");
        });
    }

    @Test
    void anUnknownIdNextToAKnownOneIsReportedAndTheKnownOneApplies() {
        String source = """
                class A {
                    @SuppressWarnings({"durable:nondeterministic-time", "durable:no-such-rule", "durable:"})
                    void m() {
                    }
                }
                """;
        SuppressionIndex index = index(source);

        assertThat(coveredLines(index, source, "nondeterministic-time")).containsExactly(2, 3, 4);
        assertThat(index.problems()).extracting(SuppressionIndex.Problem::text).containsExactlyInAnyOrder("no-such-rule", "");
        assertThat(index.problems()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(SuppressionIndex.Problem.Kind.UNKNOWN_RULE);
            assertThat(p.range().beginLine()).isEqualTo(2);
        });
    }

    @Test
    void annotationsNeedNoReason() {
        String source = """
                class A {
                    @SuppressWarnings("durable:nondeterministic-time")
                    void m() {
                    }
                }
                """;

        assertThat(index(source).problems()).isEmpty();
    }

    @Test
    void nothingIsFoundOnLinesNoSuppressionCovers() {
        SuppressionIndex index = index("class A {\n}\n");

        assertThat(index.find(1, "nondeterministic-time")).isEqualTo(Optional.empty());
        assertThat(index.problems()).isEmpty();
    }
}
