package dev.durablecheck.core;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.config.ConfigurationLoader;
import dev.durablecheck.core.filter.Baseline;
import dev.durablecheck.core.filter.Suppression;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The gate fails closed: a durable file whose analysis cannot complete is an error finding that
 * behaves like every other one. The budget's expiry is injected with a rule that never returns on
 * one file until its worker is interrupted, so no test depends on how fast the machine is.
 */
class IncompleteAnalysisTest {

    private static final String STUCK = """
            package demo;

            import software.amazon.lambda.durable.DurableContext;

            public class StuckHandler {
                public String handle(String input, DurableContext context) {
                    return input;
                }
            }
            """;

    private static final String CLOCK = """
            package demo;

            import software.amazon.lambda.durable.DurableContext;

            public class ClockHandler {
                public long handle(String input, DurableContext context) {
                    return System.nanoTime();
                }
            }
            """;

    /** Never returns on {@code StuckHandler} until interrupted, as a hung analysis would; reports nanoTime elsewhere. */
    static final class HangsOnStuckHandler implements Rule {

        static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("test-hangs", Severity.ERROR,
                "Hangs on one file, reports nanoTime calls on the others", "Test");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(RuleContext context) {
            if (context.file().getFileName().toString().equals("StuckHandler.java")) {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            context.orchestrationSites().stream().filter(s -> s.target().name().equals("nanoTime"))
                    .forEach(s -> context.report(s.node(), "nanoTime in orchestration code"));
        }
    }

    /** Runs out of memory on {@code StuckHandler}, as an analysis too large for the heap would. */
    static final class OutOfMemoryOnStuckHandler implements Rule {

        @Override
        public RuleDescriptor descriptor() {
            return new RuleDescriptor("test-out-of-memory", Severity.ERROR, "Runs out of memory on one file", "Test");
        }

        @Override
        public void check(RuleContext context) {
            if (context.file().getFileName().toString().equals("StuckHandler.java")) {
                throw new OutOfMemoryError("Java heap space");
            }
        }
    }

    /** Ample for the other file, which has a few lines; the stuck one never finishes. */
    private static final Duration BUDGET = Duration.ofSeconds(2);

    @TempDir
    Path root;

    @BeforeEach
    void writeTree() throws IOException {
        Files.createDirectories(root.resolve("demo"));
        Files.writeString(root.resolve("demo/StuckHandler.java"), STUCK);
        Files.writeString(root.resolve("demo/ClockHandler.java"), CLOCK);
    }

    private Path stuck() {
        return root.resolve("demo/StuckHandler.java").toAbsolutePath().normalize();
    }

    private AnalysisResult analyse(Duration budget, int jobs, Configuration configuration,
                                   Optional<AnalysisRequest.BaselineUse> baseline, Rule... rules) {
        Analyzer analyzer = new Analyzer(List.of(rules), DurableModel.awsLambdaDurableJava()).withFileBudget(budget);
        AnalysisRequest request = new AnalysisRequest(List.of(root), List.of(), jobs, LanguageLevel.JAVA_21,
                configuration, baseline);
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> analyzer.analyze(request));
    }

    private AnalysisResult analyseWithHang(int jobs) {
        return analyse(BUDGET, jobs, Configuration.defaults(), Optional.empty(), new HangsOnStuckHandler());
    }

    private static Set<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
    }

    @Test
    void aFileOverItsBudgetIsAnErrorAtItsTypeDeclarationAndTheRestIsAnalysed() {
        for (int jobs : new int[] {1, 2}) {
            AnalysisResult result = analyseWithHang(jobs);

            Finding incomplete = result.findings().stream().filter(f -> f.ruleId().equals("analysis-incomplete"))
                    .findFirst().orElseThrow();
            assertThat(incomplete.file()).as("jobs=%d", jobs).isEqualTo(stuck());
            assertThat(incomplete.severity()).isEqualTo(Severity.ERROR);
            assertThat(incomplete.range()).as("the name in 'public class StuckHandler'").isEqualTo(new TextRange(5, 14, 5, 25));
            assertThat(incomplete.message()).startsWith("the analysis did not finish within the per-file budget of 2 s, "
                    + "so this file's replay bugs were not checked; raise the per-file budget (--file-timeout SECONDS");
            assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("test-hangs")).extracting(Finding::file)
                    .as("the other file is still analysed, also when the only worker is stuck")
                    .containsExactly(root.resolve("demo/ClockHandler.java").toAbsolutePath().normalize());
            assertThat(result.unanalysed()).extracting(UnanalysedFile::file).containsExactly(stuck());
            assertThat(result.hasIncompleteAnalyses()).isTrue();
            assertThat(result.internalErrors()).isEmpty();
            assertThat(result.warnings()).isEmpty();
        }
    }

    @Test
    void aFileThatRunsOutOfMemoryIsIncompleteAndTheRestIsAnalysed() {
        AnalysisResult result = analyse(Analyzer.FILE_BUDGET, 1, Configuration.defaults(), Optional.empty(),
                new OutOfMemoryOnStuckHandler(), new AnalyzerTest.NanoTimeRule());

        assertThat(result.unanalysed()).singleElement().satisfies(u -> {
            assertThat(u.file()).isEqualTo(stuck());
            assertThat(u.reason()).isEqualTo("the analysis ran out of memory");
        });
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("analysis-incomplete")).singleElement()
                .extracting(Finding::message).asString().contains("DURABLE_CHECK_JAVA_OPTS=-Xmx4g");
        assertThat(result.findings()).extracting(Finding::ruleId).contains("test-nano-time");
    }

    @Test
    void whenTheRunItselfRunsOutOfMemoryTheErrorSaysWhereItWas() {
        Rule failsAtStart = new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return HangsOnStuckHandler.DESCRIPTOR;
            }

            @Override
            public void check(RuleContext context) {
            }

            @Override
            public Optional<ApiCatalog> apiCatalog() {
                throw new OutOfMemoryError("Java heap space");
            }
        };

        assertThatThrownBy(() -> analyse(Analyzer.FILE_BUDGET, 1, Configuration.defaults(), Optional.empty(), failsAtStart))
                .isInstanceOf(RunOutOfMemory.class)
                .hasMessage("out of memory before any file was analysed")
                .satisfies(e -> assertThat(((RunOutOfMemory) e).lastFile()).isEmpty());
    }

    @Test
    void aConfigurationSuppressionWithAReasonAcceptsItButTheFileIsStillListed() throws Exception {
        Path config = root.resolve("durable-check.json");
        Files.writeString(config, """
                {"suppress": [{"rules": ["analysis-incomplete"], "files": ["demo/Stuck*.java"],
                               "reason": "generated; checked by the generator's tests"}]}
                """);
        Configuration configuration = new ConfigurationLoader(Set.of("analysis-incomplete", "test-hangs")).load(config);

        AnalysisResult result = analyse(BUDGET, 2, configuration, Optional.empty(), new HangsOnStuckHandler());

        assertThat(ruleIds(result.findings())).containsExactly("test-hangs");
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("analysis-incomplete");
            assertThat(s.suppression()).isEqualTo(new Suppression(Suppression.Kind.CONFIGURATION,
                    "generated; checked by the generator's tests"));
        });
        assertThat(result.unanalysed()).extracting(UnanalysedFile::file).containsExactly(stuck());
    }

    /** Its fingerprint is the rule and the file: a later run with another budget still matches the baseline. */
    @Test
    void aBaselineAcceptsItAcrossBudgets() throws IOException {
        AnalysisResult first = analyseWithHang(2);
        StringWriter written = new StringWriter();
        Baseline.write(first.findings().stream().filter(f -> f.ruleId().equals("analysis-incomplete")).toList(), root, written);
        Path baselineFile = root.resolve("baseline.json");
        Files.writeString(baselineFile, written.toString());

        AnalysisResult second = analyse(BUDGET.plusSeconds(1), 2, Configuration.defaults(),
                Optional.of(AnalysisRequest.BaselineUse.read(baselineFile)), new HangsOnStuckHandler());

        assertThat(ruleIds(second.findings())).containsExactly("test-hangs");
        assertThat(second.baselined()).isEqualTo(1);
        assertThat(second.staleBaselineEntries()).isZero();
        assertThat(second.unanalysed()).extracting(UnanalysedFile::file).containsExactly(stuck());
    }

    @Test
    void fileBudgetsAreReadInSecondsToTheMillisecondAbove() {
        assertThat(Analyzer.fileBudget(new java.math.BigDecimal("60"))).isEqualTo(Duration.ofSeconds(60));
        assertThat(Analyzer.fileBudget(new java.math.BigDecimal("0.0005"))).isEqualTo(Duration.ofMillis(1));
        assertThat(Analyzer.seconds(Duration.ofMillis(2500))).isEqualTo("2.5 s");
        assertThatThrownBy(() -> Analyzer.fileBudget(java.math.BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("must be more than 0 seconds, was 0");
    }
}
