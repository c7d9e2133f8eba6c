package dev.durablecheck.core.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.testsupport.CatalogRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Baselines: written from a run's findings, they keep matching those findings while the code
 * around them moves (lines inserted above, an unrelated method renamed, the file reformatted),
 * and let through a new finding that looks the same but lies in another method. The file is
 * sorted, stable and relative to its own folder.
 */
class BaselineTest {

    /** Findings: test-time (direct), test-env, test-time reached through Stamps.stamp, test-uuid in audit. */
    private static final String HANDLER = """
            package app;

            import java.time.Instant;
            import java.util.UUID;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class OrderHandler extends DurableHandler<String, String> {

                @Override
                public String handleRequest(String input, DurableContext context) {
                    Instant started = Instant.now();
                    String stage = System.getenv("STAGE");
                    String stamp = Stamps.stamp(input, 3);
                    return context.step("work", String.class, s -> input + started + stage + stamp + unrelated(input));
                }

                private static String unrelated(String input) {
                    return input.trim();
                }

                private String audit(DurableContext ctx, String input) {
                    String id = UUID.randomUUID().toString();
                    return ctx.step("audit", String.class, s -> input + id);
                }
            }
            """;

    /** The same class with lines inserted above every finding. */
    private static final String HANDLER_LINES_INSERTED = """
            package app;

            // A header comment
            // over several lines
            // that pushes everything down.

            import java.time.Instant;
            import java.util.List;
            import java.util.UUID;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class OrderHandler extends DurableHandler<String, String> {

                private static final List<String> STAGES = List.of("dev", "prod");

                private static String added(String input) {
                    return input.strip();
                }

                @Override
                public String handleRequest(String input, DurableContext context) {
                    int padding = 1;

                    int morePadding = 2;
                    Instant started = Instant.now();
                    String stage = System.getenv("STAGE");

                    String stamp = Stamps.stamp(input, 3);
                    return context.step("work", String.class, s -> input + started + stage + stamp + unrelated(input) + padding + morePadding);
                }

                private static String unrelated(String input) {
                    return input.trim();
                }

                private String audit(DurableContext ctx, String input) {
                    int pad = STAGES.size();
                    String id = UUID.randomUUID().toString();
                    return ctx.step("audit", String.class, s -> input + id + pad);
                }
            }
            """;

    /** The same class with the unrelated helper renamed (and its call). */
    private static final String HANDLER_RENAMED = HANDLER.replace("unrelated(", "normalised(");

    /** The same class reformatted: tabs, other line breaks inside expressions and signatures, comments inside calls. */
    private static final String HANDLER_REFORMATTED = """
            package app;
            import java.time.Instant;
            import java.util.UUID;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;
            public class OrderHandler
            \t\textends DurableHandler<String, String>
            {
            \t@Override
            \tpublic String handleRequest(
            \t\t\tString input,
            \t\t\tDurableContext context)
            \t{
            \t\tInstant started =
            \t\t\t\tInstant
            \t\t\t\t\t.now();
            \t\tString stage = System.getenv( /* the stage */
            \t\t\t\t"STAGE" );
            \t\tString stamp = Stamps.stamp(
            \t\t\t\tinput,
            \t\t\t\t3);
            \t\treturn context.step("work", String.class,
            \t\t\t\ts -> input + started + stage + stamp + unrelated(input));
            \t}
            \tprivate static String unrelated(String input) { return input.trim(); }
            \tprivate String audit(DurableContext ctx,
            \t                     String input) {
            \t\tString id = UUID
            \t\t\t.randomUUID()
            \t\t\t.toString();
            \t\treturn ctx.step("audit", String.class, s -> input + id);
            \t}
            }
            """;

    /** The original plus an identical clock read in a new method. */
    private static final String HANDLER_WITH_NEW_METHOD = HANDLER.replace("""
                private static String unrelated(String input) {""", """
                private Instant again(DurableContext ctx) {
                    return Instant.now();
                }

                private static String unrelated(String input) {""");

    /** The original without the environment read. */
    private static final String HANDLER_WITHOUT_ENV = HANDLER
            .replace("        String stage = System.getenv(\"STAGE\");\n", "        String stage = \"prod\";\n");

    private static final String STAMPS = """
            package app;

            import java.time.Instant;

            final class Stamps {
                static String stamp(String input, int times) {
                    return input.repeat(times) + Instant.now();
                }
            }
            """;

    /** A second handler in another package, so that the baseline holds two files. */
    private static final String BILLING = """
            package app.billing;

            import java.time.Instant;
            import java.util.UUID;
            import software.amazon.lambda.durable.DurableContext;

            public class Billing {
                String charge(DurableContext ctx, long cents) {
                    String key = UUID.randomUUID().toString();
                    long at = System.currentTimeMillis();
                    Instant now = Instant.now();
                    return ctx.step("charge", String.class, s -> key + cents + at + now);
                }
            }
            """;

    @TempDir
    Path root;

    private Path baselineFile;

    @BeforeEach
    void writeTree() throws IOException {
        write("src/app/OrderHandler.java", HANDLER);
        write("src/app/Stamps.java", STAMPS);
        write("src/app/billing/Billing.java", BILLING);
        baselineFile = root.resolve("durable-check-baseline.json");
    }

    @Test
    void theTreeHasTheFindingsTheTestsRelyOn() {
        AnalysisResult result = analyse(Optional.empty());

        assertThat(result.findings()).extracting(f -> f.file().getFileName() + ":" + f.ruleId()).containsExactly(
                "OrderHandler.java:test-time", "OrderHandler.java:test-env", "OrderHandler.java:test-time",
                "OrderHandler.java:test-uuid",
                "Billing.java:test-uuid", "Billing.java:test-time", "Billing.java:test-time");
        assertThat(result.findings().get(2).chain()).as("Stamps.stamp is a chained finding").isNotEmpty();
        assertThat(result.baselined()).isZero();
        assertThat(result.staleBaselineEntries()).isZero();
    }

    @Test
    void everyFindingOfTheRunItWasWrittenFromIsBaselined() throws IOException {
        writeBaseline();

        AnalysisResult result = analyse(Optional.of(baselineUse()));

        assertThat(result.findings()).isEmpty();
        assertThat(result.baselined()).isEqualTo(7);
        assertThat(result.staleBaselineEntries()).isZero();
    }

    @Test
    void insertingLinesAboveTheFindingsKeepsThemBaselined() throws IOException {
        writeBaseline();
        write("src/app/OrderHandler.java", HANDLER_LINES_INSERTED);

        assertStillFullyBaselined();
    }

    @Test
    void renamingAnUnrelatedMethodKeepsTheFindingsBaselined() throws IOException {
        writeBaseline();
        write("src/app/OrderHandler.java", HANDLER_RENAMED);

        assertStillFullyBaselined();
    }

    @Test
    void reformattingTheFileKeepsTheFindingsBaselined() throws IOException {
        writeBaseline();
        write("src/app/OrderHandler.java", HANDLER_REFORMATTED);
        write("src/app/Stamps.java", STAMPS.replace("    ", "\t").replace("Instant.now()", "Instant\n\t\t\t.now()"));

        assertStillFullyBaselined();
    }

    @Test
    void allThreeEditsAtOnceKeepTheFindingsBaselined() throws IOException {
        writeBaseline();
        write("src/app/OrderHandler.java", HANDLER_REFORMATTED.replace("unrelated(", "normalised(")
                .replace("public class OrderHandler", "// moved down\n\n\npublic class OrderHandler"));

        assertStillFullyBaselined();
    }

    @Test
    void anIdenticalFindingInAnotherMethodIsNotSwallowedByTheBaseline() throws IOException {
        writeBaseline();
        write("src/app/OrderHandler.java", HANDLER_WITH_NEW_METHOD);

        AnalysisResult result = analyse(Optional.of(baselineUse()));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(CatalogRules.TIME);
            assertThat(f.range().beginLine()).isEqualTo(lineOf(HANDLER_WITH_NEW_METHOD, "return Instant.now();"));
        });
        assertThat(result.baselined()).isEqualTo(7);
        assertThat(result.staleBaselineEntries()).isZero();
    }

    @Test
    void aSecondIdenticalFindingInTheSameMethodIsNew() throws IOException {
        writeBaseline();
        write("src/app/OrderHandler.java", HANDLER.replace("""
                        Instant started = Instant.now();
                """, """
                        Instant started = Instant.now();
                        Instant startedAgain = Instant.now();
                """).replace("+ started +", "+ started + startedAgain +"));

        AnalysisResult result = analyse(Optional.of(baselineUse()));

        assertThat(result.findings()).singleElement().extracting(Finding::ruleId).isEqualTo(CatalogRules.TIME);
        assertThat(result.baselined()).isEqualTo(7);
        assertThat(result.staleBaselineEntries()).isZero();
    }

    @Test
    void aRemovedFindingLeavesOneStaleEntry() throws IOException {
        writeBaseline();
        write("src/app/OrderHandler.java", HANDLER_WITHOUT_ENV);

        AnalysisResult result = analyse(Optional.of(baselineUse()));

        assertThat(result.findings()).isEmpty();
        assertThat(result.baselined()).isEqualTo(6);
        assertThat(result.staleBaselineEntries()).isEqualTo(1);
    }

    @Test
    void aDeletedFileLeavesAllItsEntriesStale() throws IOException {
        writeBaseline();
        Files.delete(root.resolve("src/app/billing/Billing.java"));

        AnalysisResult result = analyse(Optional.of(baselineUse()));

        assertThat(result.findings()).isEmpty();
        assertThat(result.baselined()).isEqualTo(4);
        assertThat(result.staleBaselineEntries()).isEqualTo(3);
    }

    @Test
    void entriesForFilesOutsideTheAnalysedPathsAreNotStaleSoModulesCanShareABaseline() throws IOException {
        writeBaseline();

        AnalysisResult billingOnly = CatalogRules.analyze(List.of(root.resolve("src/app/billing")),
                Configuration.defaults(), Optional.of(baselineUse()));
        AnalysisResult billingFile = CatalogRules.analyze(List.of(root.resolve("src/app/billing/Billing.java")),
                Configuration.defaults(), Optional.of(baselineUse()));

        assertThat(billingOnly.findings()).isEmpty();
        assertThat(billingOnly.baselined()).isEqualTo(3);
        assertThat(billingOnly.staleBaselineEntries()).as("OrderHandler's four entries belong to another run").isZero();
        assertThat(billingFile.baselined()).isEqualTo(3);
        assertThat(billingFile.staleBaselineEntries()).isZero();
    }

    @Test
    void aMovedFileIsNew() throws IOException {
        writeBaseline();
        Files.createDirectories(root.resolve("src/app/payments"));
        Files.writeString(root.resolve("src/app/payments/Billing.java"), BILLING.replace("package app.billing;", "package app.payments;"));
        Files.delete(root.resolve("src/app/billing/Billing.java"));

        AnalysisResult result = analyse(Optional.of(baselineUse()));

        assertThat(result.findings()).hasSize(3);
        assertThat(result.staleBaselineEntries()).isEqualTo(3);
    }

    @Test
    void theBaselineIsRelativeToItsFolderSoTheTreeCanMove(@TempDir Path elsewhere) throws IOException {
        writeBaseline();
        Path moved = elsewhere.resolve("checkout-2");
        copyTree(root, moved);

        AnalysisResult result = CatalogRules.analyze(List.of(moved.resolve("src")), Configuration.defaults(),
                Optional.of(new AnalysisRequest.BaselineUse(Baseline.read(moved.resolve(baselineFile.getFileName())), moved)));

        assertThat(result.findings()).isEmpty();
        assertThat(result.baselined()).isEqualTo(7);
        assertThat(result.staleBaselineEntries()).isZero();
        assertThat(Files.readString(baselineFile)).doesNotContain(root.toString());
    }

    // ---- the file ---------------------------------------------------------------------------------------

    @Test
    void theFileIsSortedByFileRuleAndFingerprintWithRelativePaths() throws IOException {
        writeBaseline();

        JsonNode root = new ObjectMapper().readTree(baselineFile.toFile());
        assertThat(root.path("version").asInt()).isEqualTo(1);
        List<JsonNode> entries = new ArrayList<>();
        root.path("findings").forEach(entries::add);
        assertThat(entries).hasSize(7).allSatisfy(e -> {
            assertThat(e.path("file").asText()).startsWith("src/app/").endsWith(".java");
            assertThat(e.path("rule").asText()).startsWith("test-");
            assertThat(e.path("fingerprint").asText()).matches("[0-9a-f]{32}");
            assertThat(e.path("message").asText()).isNotBlank();
        });
        List<String> keys = entries.stream()
                .map(e -> e.path("file").asText() + "\u0000" + e.path("rule").asText() + "\u0000" + e.path("fingerprint").asText())
                .toList();
        assertThat(keys).isSorted().doesNotHaveDuplicates();
        assertThat(entries).extracting(e -> e.path("file").asText()).containsExactly(
                "src/app/OrderHandler.java", "src/app/OrderHandler.java", "src/app/OrderHandler.java", "src/app/OrderHandler.java",
                "src/app/billing/Billing.java", "src/app/billing/Billing.java", "src/app/billing/Billing.java");
    }

    @Test
    void theFileIsByteIdenticalWhenWrittenTwiceAndWhateverTheOrderOfTheFindings() throws IOException {
        List<Finding> findings = analyse(Optional.empty()).findings();
        String first = write(findings);
        String second = write(findings);
        List<Finding> shuffled = new ArrayList<>(findings);
        Collections.shuffle(shuffled, new Random(7));
        String fromShuffled = write(shuffled);
        String fromAnotherRun = write(analyse(Optional.empty()).findings());

        assertThat(second).isEqualTo(first);
        assertThat(fromShuffled).isEqualTo(first);
        assertThat(fromAnotherRun).isEqualTo(first);
    }

    @Test
    void theFileIsReviewableInADiffOneKeyPerLineEndingInANewline() throws IOException {
        String text = write(analyse(Optional.empty()).findings());

        assertThat(text).endsWith("}\n").doesNotContain("\r");
        assertThat(text.lines().filter(l -> l.contains("\"fingerprint\""))).hasSize(7);
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.split("\":").length).as(l).isLessThanOrEqualTo(2));
    }

    @Test
    void theFileOfARunWithoutFindingsIsAnEmptyListThatMatchesAndHasNoStaleEntries() throws IOException {
        Files.writeString(baselineFile, write(List.of()));

        Baseline empty = Baseline.read(baselineFile);
        Baseline.Applied applied = empty.apply(List.of(), root, file -> true);

        assertThat(new ObjectMapper().readTree(baselineFile.toFile()).path("findings").size()).isZero();
        assertThat(applied.remaining()).isEmpty();
        assertThat(applied.baselined()).isEmpty();
        assertThat(applied.stale()).isZero();
    }

    @Test
    void readingSomethingThatIsNotABaselineNamesTheFile() throws IOException {
        Path notJson = Files.writeString(root.resolve("broken.json"), "{ not json");
        Path noFindings = Files.writeString(root.resolve("other.json"), "{\"version\": 1}");

        assertThatThrownBy(() -> Baseline.read(notJson)).isInstanceOf(IOException.class)
                .hasMessageContaining(notJson.toString()).hasMessageContaining("not a durable-check baseline");
        assertThatThrownBy(() -> Baseline.read(noFindings)).isInstanceOf(IOException.class)
                .hasMessageContaining(noFindings.toString()).hasMessageContaining("findings");
        assertThatThrownBy(() -> Baseline.read(root.resolve("missing.json"))).isInstanceOf(IOException.class);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private void assertStillFullyBaselined() throws IOException {
        AnalysisResult result = analyse(Optional.of(baselineUse()));

        assertThat(result.findings()).as("findings not matched by the baseline").isEmpty();
        assertThat(result.baselined()).isEqualTo(7);
        assertThat(result.staleBaselineEntries()).isZero();
    }

    private AnalysisResult analyse(Optional<AnalysisRequest.BaselineUse> baseline) {
        return CatalogRules.analyze(List.of(root.resolve("src")), Configuration.defaults(), baseline);
    }

    private void writeBaseline() throws IOException {
        AnalysisResult result = analyse(Optional.empty());
        assertThat(result.findings()).hasSize(7);
        Files.writeString(baselineFile, write(result.findings()));
    }

    private AnalysisRequest.BaselineUse baselineUse() throws IOException {
        return new AnalysisRequest.BaselineUse(Baseline.read(baselineFile), root);
    }

    private String write(List<Finding> findings) throws IOException {
        StringWriter out = new StringWriter();
        Baseline.write(findings, root, out);
        return out.toString();
    }

    private void write(String relative, String source) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    private static int lineOf(String source, String needle) {
        int at = source.indexOf(needle);
        assertThat(at).isNotNegative();
        return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
