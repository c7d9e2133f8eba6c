package dev.durablecheck.core.run;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.config.ConfigurationException;
import dev.durablecheck.core.filter.Baseline;
import dev.durablecheck.core.testsupport.CatalogRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckRunTest {

    private static final String HANDLER = """
            package %s;

            import java.time.Instant;
            import software.amazon.lambda.durable.DurableContext;

            public class %s {
                String run(DurableContext ctx) {
                    Instant started = Instant.now();
                    return ctx.step("s", String.class, s -> "" + started);
                }
            }
            """;

    @TempDir
    Path root;

    private Path orders;
    private Path billing;

    @BeforeEach
    void writeTree() throws IOException {
        orders = root.resolve("orders");
        billing = root.resolve("billing");
        write("orders/app/orders/OrderHandler.java", HANDLER.formatted("app.orders", "OrderHandler"));
        write("billing/app/billing/BillingHandler.java", HANDLER.formatted("app.billing", "BillingHandler"));
        write("billing/durable-check.json", "{\"rules\": {\"test-time\": \"warning\"}}");
    }

    @Test
    void eachFileIsJudgedByTheNearestConfigurationWhateverTheOrderOfThePaths() throws Exception {
        AnalysisResult ordersFirst = analyze(List.of(orders, billing));
        AnalysisResult billingFirst = analyze(List.of(billing, orders));

        assertThat(severities(ordersFirst)).containsExactly("BillingHandler.java:warning", "OrderHandler.java:error");
        assertThat(severities(billingFirst)).isEqualTo(severities(ordersFirst));
        assertThat(ordersFirst.filesScanned()).isEqualTo(2);
        assertThat(ordersFirst.filesAnalysed()).isEqualTo(2);
    }

    @Test
    void aConfigurationInASubfolderGovernsItsSubtreeAndTheOuterOneTheRest() throws Exception {
        write("durable-check.json", "{\"rules\": {\"test-time\": \"note\"}}");

        AnalysisResult result = analyze(List.of(root));

        assertThat(severities(result)).containsExactly("BillingHandler.java:warning", "OrderHandler.java:note");
    }

    @Test
    void aGivenConfigurationFileGovernsEveryFile() throws Exception {
        Path shared = write("shared.json", "{\"rules\": {\"test-time\": \"note\"}}");

        AnalysisResult result = new CheckRun(CatalogRules.analyzer())
                .analyze(request(List.of(orders, billing)), Optional.of(shared), Optional.empty());

        assertThat(severities(result)).containsExactly("BillingHandler.java:note", "OrderHandler.java:note");
    }

    @Test
    void aBrokenConfigurationOfAnyScopeStopsTheRunNamingIt() throws IOException {
        Path broken = write("billing/durable-check.json", "{\"rules\": {\"test-time\": \"loud\"}}");

        assertThatThrownBy(() -> analyze(List.of(orders, billing))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(broken.toString());
    }

    @Test
    void aBaselineSharedByTheScopesCountsEachEntryOnce() throws Exception {
        AnalysisResult first = analyze(List.of(root));
        Path baselineFile = root.resolve("baseline.json");
        StringWriter text = new StringWriter();
        Baseline.write(first.findings(), root, text);
        Files.writeString(baselineFile, text.toString());
        Files.delete(root.resolve("orders/app/orders/OrderHandler.java"));

        AnalysisResult second = new CheckRun(CatalogRules.analyzer())
                .analyze(request(List.of(root)), Optional.empty(), Optional.of(baselineFile));

        assertThat(second.findings()).isEmpty();
        assertThat(second.baselined()).isEqualTo(1);
        assertThat(second.staleBaselineEntries()).as("the deleted handler's entry, once").isEqualTo(1);
    }

    @Test
    void noPathsAtAllIsAnEmptyRunUnderTheDefaults() throws Exception {
        AnalysisResult result = analyze(List.of());

        assertThat(result.findings()).isEmpty();
        assertThat(result.filesScanned()).isZero();
    }

    @Test
    void theGateFailsOnFindingsAtOrAboveItsSeverity() throws Exception {
        List<Finding> findings = analyze(List.of(orders, billing)).findings();

        assertThat(FailOn.parse("error").failing(findings)).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(FailOn.parse(" Warning ").failing(findings)).hasSize(2);
        assertThat(FailOn.NEVER.failing(findings)).isEmpty();
        assertThatThrownBy(() -> FailOn.parse("fatal")).hasMessage("'fatal' is not error, warning, note or never");
    }

    private AnalysisResult analyze(List<Path> paths) throws Exception {
        return new CheckRun(CatalogRules.analyzer()).analyze(request(paths), Optional.empty(), Optional.empty());
    }

    private static AnalysisRequest request(List<Path> paths) {
        return new AnalysisRequest(paths, List.of(), 2, LanguageLevel.JAVA_21);
    }

    private static List<String> severities(AnalysisResult result) {
        return result.findings().stream()
                .map(f -> f.file().getFileName() + ":" + f.severity().label()).sorted().toList();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
