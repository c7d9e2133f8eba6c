package dev.durablecheck.core;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class AnalyzerTest {

    /** Reports every resolved orchestration access to a member called nanoTime. */
    static final class NanoTimeRule implements Rule {

        static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("test-nano-time", Severity.ERROR,
                "Reports nanoTime calls in orchestration code", "Test");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(RuleContext context) {
            for (MemberSite site : context.orchestrationSites()) {
                if (site.target().name().equals("nanoTime")) {
                    context.report(site.node(), site.target().name() + " in orchestration code");
                }
            }
        }
    }

    /** A second rule, so that findings of two rules at one position are ordered by rule id. */
    static final class EveryNanoTimeRule implements Rule {

        static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("a-test-rule", Severity.WARNING,
                "Reports the same sites under another id", "Test");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(RuleContext context) {
            context.orchestrationSites().stream().filter(s -> s.target().name().equals("nanoTime"))
                    .forEach(s -> context.report(s.node(), "again"));
        }
    }

    private static final String HANDLER = """
            package demo;

            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;
            import java.util.List;

            public class OrderHandler extends DurableHandler<String, String> {

                private final long created = System.nanoTime();

                @Override
                public String handleRequest(String input, DurableContext ctx) {
                    long start = System.nanoTime(); // expect
                    String r = ctx.step("work", String.class, sc -> "" + System.nanoTime());
                    List.of(1, 2).forEach(i -> System.out.println(System.nanoTime())); // expect
                    repository.load(input);
                    helper(ctx);
                    return r + start;
                }

                private void helper(DurableContext ctx) {
                    long t = System.nanoTime(); // expect
                    ctx.runInChildContext("child", String.class, child -> "" + System.nanoTime()); // expect
                }

                private long plain() {
                    return System.nanoTime();
                }
            }
            """;

    private static final String SECOND = """
            package demo.more;

            import software.amazon.lambda.durable.*;

            class Another {
                void run(DurableContext ctx) { long a = System.nanoTime(), b = System.nanoTime(); } // expect 2
            }
            """;

    private static final String BROKEN = """
            package demo;

            import software.amazon.lambda.durable.DurableContext;

            class Broken {
                void run(DurableContext ctx) {
                    long t = ;
                }
            }
            """;

    private static final String NOT_DURABLE = """
            package demo;

            class Plain {
                long now() { return System.nanoTime(); }
            }
            """;

    private static final String NOT_DURABLE_BROKEN = """
            package demo;

            class AlsoBroken {
                long now() { return ; }
            }
            """;

    @TempDir
    Path root;

    @BeforeEach
    void writeTree() throws IOException {
        write("src/demo/OrderHandler.java", HANDLER);
        write("src/demo/more/Another.java", SECOND);
        write("src/demo/Broken.java", BROKEN);
        write("src/demo/Plain.java", NOT_DURABLE);
        write("src/demo/AlsoBroken.java", NOT_DURABLE_BROKEN);
        write("src/demo/README.md", "DurableContext is mentioned here but this is not Java");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private AnalysisResult analyse(int jobs, Rule... rules) {
        return new Analyzer(List.of(rules), DurableModel.awsLambdaDurableJava())
                .analyze(new AnalysisRequest(List.of(root), List.of(), jobs, LanguageLevel.JAVA_21));
    }

    private Path file(String relative) {
        return root.resolve(relative).toAbsolutePath().normalize();
    }

    /** Where the test rule must report: every System.nanoTime on the lines marked "// expect". */
    private List<Finding> expectedNanoTimeFindings(String relative, String source) {
        List<Finding> expected = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains("// expect")) {
                continue;
            }
            for (int col = lines[i].indexOf("System.nanoTime()"); col >= 0; col = lines[i].indexOf("System.nanoTime()", col + 1)) {
                expected.add(new Finding("test-nano-time", Severity.ERROR, file(relative),
                        new TextRange(i + 1, col + 1, i + 1, col + "System.nanoTime()".length()),
                        "nanoTime in orchestration code", "", "System.nanoTime()", List.of()));
            }
        }
        return expected;
    }

    private static Finding withoutMember(Finding f) {
        return new Finding(f.ruleId(), f.severity(), f.file(), f.range(), f.message(), "", f.expression(), f.chain());
    }

    @Test
    void reportsOrchestrationSitesOfEveryCandidateFileInOrder() {
        AnalysisResult result = analyse(1, new NanoTimeRule());

        List<Finding> nanoTime = result.findings().stream().filter(f -> f.ruleId().equals("test-nano-time"))
                .map(AnalyzerTest::withoutMember).toList();
        List<Finding> expected = new ArrayList<>();
        expected.addAll(expectedNanoTimeFindings("src/demo/OrderHandler.java", HANDLER));
        expected.addAll(expectedNanoTimeFindings("src/demo/more/Another.java", SECOND));
        expected.sort(Finding.ORDER);
        assertThat(expected).hasSize(6);
        assertThat(nanoTime).containsExactlyElementsOf(expected);

        assertThat(result.findings()).isSortedAccordingTo(Finding.ORDER);
        assertThat(result.filesScanned()).isEqualTo(5);
        assertThat(result.filesAnalysed()).as("OrderHandler, Another and Broken mention the SDK").isEqualTo(3);
        assertThat(result.internalErrors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void findingsNameTheirEnclosingMember() {
        AnalysisResult result = analyse(1, new NanoTimeRule());

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("test-nano-time"))
                .extracting(Finding::enclosingMember)
                .contains("OrderHandler.String handleRequest(String, DurableContext)",
                        "OrderHandler.void helper(DurableContext)",
                        "Another.void run(DurableContext)");
    }

    @Test
    void aFileThatDoesNotParseIsReportedAndTheOthersAreStillAnalysed() {
        AnalysisResult result = analyse(2, new NanoTimeRule());

        List<Finding> parseErrors = result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).toList();
        assertThat(parseErrors).hasSize(1);
        Finding error = parseErrors.get(0);
        assertThat(error.file()).isEqualTo(file("src/demo/Broken.java"));
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        assertThat(error.message()).startsWith("cannot parse: ").contains("\";\"");
        assertThat(error.range().beginLine()).isEqualTo(7);
        assertThat(result.findings()).anyMatch(f -> f.file().equals(file("src/demo/OrderHandler.java")));
        // A file that never mentions the SDK is not a candidate, so it is not parsed up front.
        assertThat(result.findings()).noneMatch(f -> f.file().endsWith("AlsoBroken.java"));
    }

    @Test
    void findingsAreSortedByFileLineColumnAndRule() {
        AnalysisResult result = analyse(3, new NanoTimeRule(), new EveryNanoTimeRule());

        assertThat(result.findings()).isSortedAccordingTo(Finding.ORDER);
        assertThat(result.findings()).extracting(f -> f.file().getFileName().toString()).containsExactly(
                "Broken.java",
                "OrderHandler.java", "OrderHandler.java", "OrderHandler.java", "OrderHandler.java",
                "OrderHandler.java", "OrderHandler.java", "OrderHandler.java", "OrderHandler.java",
                "Another.java", "Another.java", "Another.java", "Another.java");
        // at one position the rule ids come in order
        Finding first = result.findings().get(1);
        Finding second = result.findings().get(2);
        assertThat(first.range()).isEqualTo(second.range());
        assertThat(List.of(first.ruleId(), second.ruleId())).containsExactly("a-test-rule", "test-nano-time");
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfJobs() {
        AnalysisResult sequential = analyse(1, new NanoTimeRule(), new EveryNanoTimeRule());

        for (int jobs : new int[] {2, 4, 16}) {
            assertThat(analyse(jobs, new NanoTimeRule(), new EveryNanoTimeRule())).as("jobs=%d", jobs).isEqualTo(sequential);
        }
        assertThat(sequential.findings()).isNotEmpty();
    }

    @Test
    void unresolvedOrchestrationCallsAreCounted() {
        AnalysisResult result = analyse(1, new NanoTimeRule());

        assertThat(result.unresolvedCalls()).extracting(UnresolvedCall::call).containsExactly("repository.load(input)");
        assertThat(result.unresolvedCalls()).extracting(UnresolvedCall::reason)
                .containsExactly("'repository' is neither a variable nor a type durable-check knows");
        UnresolvedCall call = result.unresolvedCalls().get(0);
        assertThat(call.file()).isEqualTo(file("src/demo/OrderHandler.java"));
        assertThat(call.range().beginLine()).isEqualTo(16);
    }

    @Test
    void aFailingRuleMakesEachFileAnalysisIncompleteAndTheOtherRulesStillReport() {
        Rule failing = new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return new RuleDescriptor("b-failing", Severity.ERROR, "Always throws", "Test");
            }

            @Override
            public void check(RuleContext context) {
                throw new IllegalStateException("boom");
            }
        };

        AnalysisResult result = analyse(2, failing, new NanoTimeRule());

        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("test-nano-time"));
        assertThat(result.internalErrors()).isEmpty();
        assertThat(result.unanalysed()).filteredOn(UnanalysedFile::isIncomplete).extracting(UnanalysedFile::file)
                .containsExactly(file("src/demo/OrderHandler.java"), file("src/demo/more/Another.java"));
        assertThat(result.unanalysed()).filteredOn(UnanalysedFile::isIncomplete).extracting(UnanalysedFile::reason)
                .containsOnly("rule b-failing failed with java.lang.IllegalStateException: boom");
        Finding incomplete = result.findings().stream()
                .filter(f -> f.ruleId().equals("analysis-incomplete") && f.file().equals(file("src/demo/OrderHandler.java")))
                .findFirst().orElseThrow();
        assertThat(incomplete.severity()).isEqualTo(Severity.ERROR);
        assertThat(incomplete.range().beginLine()).as("at the class declaration").isEqualTo(7);
        assertThat(incomplete.message()).startsWith("rule b-failing failed with java.lang.IllegalStateException: boom, so "
                + "this file's replay bugs were not checked; report the file");
    }

    @Test
    void descriptorsIncludeTheBuiltInChecksSortedById() {
        Analyzer analyzer = new Analyzer(List.of(new NanoTimeRule(), new EveryNanoTimeRule()), DurableModel.awsLambdaDurableJava());

        assertThat(analyzer.descriptors()).extracting(RuleDescriptor::id)
                .containsExactly("a-test-rule", "analysis-incomplete", "parse-error", "suppression-without-reason", "test-nano-time",
                        "unknown-suppression");
    }

    /**
     * A mutant of a corpus case (the file duplicated inside one of its import lines) on which
     * JavaParser backtracks for minutes: the file is given up at the budget and reported as
     * {@code analysis-incomplete}, and the rest of the tree is analysed without parsing it again,
     * also with one job, whose only worker stays stuck in the parse.
     */
    @Test
    void aFileTheParserNeverFinishesIsGivenUpAndTheRunCompletes() throws IOException {
        try (InputStream text = AnalyzerTest.class.getResourceAsStream("ParserNeverFinishes.java.txt")) {
            Path stuck = root.resolve("src/demo/stuck/HttpClientInParallelBranches.java");
            Files.createDirectories(stuck.getParent());
            Files.write(stuck, text.readAllBytes());
        }
        Analyzer analyzer = new Analyzer(List.of(new NanoTimeRule()), DurableModel.awsLambdaDurableJava())
                .withFileBudget(Duration.ofSeconds(2));

        AnalysisResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> analyzer.analyze(
                new AnalysisRequest(List.of(root), List.of(), 1, LanguageLevel.JAVA_21)));

        Path stuck = file("src/demo/stuck/HttpClientInParallelBranches.java");
        assertThat(result.warnings()).isEmpty();
        assertThat(result.unanalysed()).filteredOn(UnanalysedFile::isIncomplete).containsExactly(new UnanalysedFile(stuck,
                "analysis-incomplete", new TextRange(1, 1, 1, 1), "parsing did not finish within the per-file budget of 2 s"));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("analysis-incomplete")).singleElement()
                .satisfies(f -> {
                    assertThat(f.file()).isEqualTo(stuck);
                    assertThat(f.message()).isEqualTo("parsing did not finish within the per-file budget of 2 s, so this "
                            + "file's replay bugs were not checked; raise the per-file budget (--file-timeout SECONDS; "
                            + "fileTimeout in Maven), or report the file to the durable-check maintainers if it keeps happening");
                });
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("test-nano-time"))
                .extracting(Finding::file).contains(file("src/demo/OrderHandler.java"), file("src/demo/more/Another.java"));
    }

    @Test
    void anEmptyTreeHasNoFindings(@TempDir Path empty) {
        AnalysisResult result = new Analyzer(List.of(new NanoTimeRule()), DurableModel.awsLambdaDurableJava())
                .analyze(new AnalysisRequest(List.of(empty), List.of(), 4, LanguageLevel.JAVA_21));

        assertThat(result.findings()).isEmpty();
        assertThat(result.filesScanned()).isZero();
        assertThat(result.filesAnalysed()).isZero();
    }
}
