package dev.durablecheck.core.filter;

import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.SuppressedFinding;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.config.ConfigurationException;
import dev.durablecheck.core.config.ConfigurationLoader;
import dev.durablecheck.core.testsupport.CatalogRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter stage through the analyzer: suppressions along call chains across files, malformed
 * suppressions reported as findings, configured severities on reported and suppressed findings,
 * and the baseline applied after suppressions.
 */
class FindingFilterTest {

    private static final String HANDLER = """
            package app;

            import java.time.Instant;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class OrderHandler extends DurableHandler<String, String> {

                @Override
                public String handleRequest(String input, DurableContext context) {
                    String a = Helpers.suppressedByMethod(input);
                    String b = Helpers.suppressedByClass(input);
                    String c = Helpers.viaTwoHops(input);
                    // durable-check:ignore test-time -- the whole chain below this call
                    String d = Helpers.plain(input);
                    String e = Helpers.plain(input);
                    return context.step("work", String.class, s -> a + b + c + d + e);
                }
            }
            """;

    /** No mention of the SDK: not analysed in full, only parsed when a chain enters it. */
    private static final String HELPERS = """
            package app;

            import java.time.Instant;
            import java.util.UUID;

            final class Helpers {
                @SuppressWarnings("durable:test-time")
                static String suppressedByMethod(String input) {
                    return input + Instant.now();
                }

                static String suppressedByClass(String input) {
                    return Quiet.stamp(input);
                }

                static String viaTwoHops(String input) {
                    return suppressedByMethod(input) + UUID.randomUUID();
                }

                static String plain(String input) {
                    return input + Instant.now();
                }

                @SuppressWarnings("durable:test-time")
                static final class Quiet {
                    static String stamp(String input) {
                        return input + System.currentTimeMillis();
                    }
                }
            }
            """;

    @TempDir
    Path root;

    @Test
    void suppressionsAnywhereAlongAChainCoverTheFindingReportedAtTheCallSite() throws IOException {
        write("src/app/OrderHandler.java", HANDLER);
        write("src/app/Helpers.java", HELPERS);

        AnalysisResult result = CatalogRules.analyze(root);

        assertThat(result.findings()).extracting(f -> f.ruleId() + "@" + f.range().beginLine())
                .containsExactly("test-uuid@13", "test-time@16");
        assertThat(result.suppressed()).extracting(s -> s.finding().ruleId() + "@" + s.finding().range().beginLine())
                .containsExactlyInAnyOrder("test-time@11", "test-time@12", "test-time@13", "test-time@15");
        assertThat(result.suppressed()).allSatisfy(s -> assertThat(s.finding().chain()).isNotEmpty());
        assertThat(result.suppressed()).filteredOn(s -> s.finding().range().beginLine() == 15)
                .singleElement().extracting(SuppressedFinding::suppression)
                .isEqualTo(new Suppression(Suppression.Kind.COMMENT, "the whole chain below this call"));
    }

    @Test
    void malformedSuppressionsInAnalysedFilesAreReportedWithTheirBuiltInSeverities() throws IOException {
        write("src/app/OrderHandler.java", """
                package app;

                import java.time.Instant;
                import software.amazon.lambda.durable.DurableContext;

                class OrderHandler {
                    @SuppressWarnings("durable:test-tme")
                    String run(DurableContext ctx) {
                        // durable-check:ignore test-time
                        Instant at = Instant.now();
                        return ctx.step("run", String.class, s -> "" + at);
                    }
                }
                """);

        AnalysisResult result = CatalogRules.analyze(root);

        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.range().beginLine(), Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unknown-suppression", 7, Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("suppression-without-reason", 9, Severity.NOTE));
        assertThat(result.findings().get(0).message()).contains("'test-tme'").contains("--list-rules");
        assertThat(result.findings().get(1).message()).contains("test-time").contains(" -- ");
        assertThat(result.suppressed()).singleElement().satisfies(s -> assertThat(s.finding().range().beginLine()).isEqualTo(10));
    }

    @Test
    void malformedSuppressionsInAHelperFileReachedThroughAChainAreReportedToo() throws IOException {
        write("src/app/OrderHandler.java", HANDLER);
        String helpers = HELPERS
                .replace("@SuppressWarnings(\"durable:test-time\")\n    static String suppressedByMethod",
                        "@SuppressWarnings(\"durable:test-tme\")\n    static String suppressedByMethod")
                .replace("static String plain(String input) {\n        return input + Instant.now();",
                        "static String plain(String input) {\n        return input + Instant.now(); // durable-check:ignore test-time");
        assertThat(helpers).contains("durable:test-tme").contains("// durable-check:ignore test-time\n");
        write("src/app/Helpers.java", helpers);

        AnalysisResult result = CatalogRules.analyze(root);

        assertThat(result.findings()).extracting(f -> f.file().getFileName() + ":" + f.ruleId())
                .contains("Helpers.java:unknown-suppression", "Helpers.java:suppression-without-reason");
    }

    @Test
    void configuredSeveritiesApplyToReportedSuppressedAndProblemFindingsAndOffDropsThem() throws IOException,
            ConfigurationException {
        write("src/app/OrderHandler.java", """
                package app;

                import java.time.Instant;
                import java.util.UUID;
                import software.amazon.lambda.durable.DurableContext;

                class OrderHandler {
                    String run(DurableContext ctx) {
                        Instant at = Instant.now();
                        String id = UUID.randomUUID().toString(); // durable-check:ignore test-uuid
                        String stage = System.getenv("STAGE"); // durable-check:ignore test-tme -- typo
                        return ctx.step("run", String.class, s -> at + id + stage);
                    }
                }
                """);
        Path config = Files.writeString(root.resolve("durable-check.json"), """
                {"rules": {"test-time": "note", "test-uuid": "warning", "test-env": "off",
                           "suppression-without-reason": "error", "unknown-suppression": "off"}}
                """);
        Configuration configuration = new ConfigurationLoader(CatalogRules.ids()).load(config);

        AnalysisResult result = CatalogRules.analyze(List.of(root.resolve("src")), configuration, Optional.empty());

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("test-time", Severity.NOTE),
                org.assertj.core.groups.Tuple.tuple("suppression-without-reason", Severity.ERROR));
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().ruleId()).isEqualTo("test-uuid");
            assertThat(s.finding().severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void theBaselineHoldsOnlyReportedFindingsAndSuppressedOnesAreNeitherBaselinedNorStale() throws IOException {
        write("src/app/OrderHandler.java", HANDLER);
        write("src/app/Helpers.java", HELPERS);
        AnalysisResult first = CatalogRules.analyze(root);
        StringWriter text = new StringWriter();
        Baseline.write(first.findings(), root, text);
        Path file = Files.writeString(root.resolve("baseline.json"), text.toString());

        AnalysisResult second = CatalogRules.analyze(List.of(root.resolve("src")), Configuration.defaults(),
                Optional.of(new AnalysisRequest.BaselineUse(Baseline.read(file), root)));

        assertThat(second.findings()).isEmpty();
        assertThat(second.baselined()).isEqualTo(2);
        assertThat(second.staleBaselineEntries()).isZero();
        assertThat(second.suppressed()).hasSize(4);
    }

    private void write(String relative, String source) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
