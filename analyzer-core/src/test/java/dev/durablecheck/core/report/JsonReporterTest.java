package dev.durablecheck.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;

import static dev.durablecheck.core.report.ReportFixtures.CLASSPATH_WARNING;
import static dev.durablecheck.core.report.ReportFixtures.INTERNAL_ERROR;
import static dev.durablecheck.core.report.ReportFixtures.VERSION;
import static dev.durablecheck.core.report.ReportFixtures.chained;
import static dev.durablecheck.core.report.ReportFixtures.everything;
import static dev.durablecheck.core.report.ReportFixtures.only;
import static dev.durablecheck.core.report.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON report, field by field, as {@code docs/json-format.md} documents it: parsed back with
 * Jackson, every object must have exactly the documented fields with the documented types.
 */
class JsonReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void topLevelHasExactlyTheDocumentedFieldsInOrder() {
        JsonNode root = json(report(everything(true)));

        assertThat(fields(root)).containsExactly("formatVersion", "tool", "findings", "summary", "unresolvedCalls",
                "filesNotAnalysed", "warnings", "internalErrors");
        assertThat(root.path("formatVersion").isInt()).isTrue();
        assertThat(root.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(fields(root.path("tool"))).containsExactly("name", "version");
        assertThat(root.path("tool").path("name").asText()).isEqualTo("durable-check");
        assertThat(root.path("tool").path("version").asText()).isEqualTo(VERSION);
    }

    @Test
    void eachFindingHasItsRulePositionMessageFingerprintAndChain() {
        AnalysisResult result = everything(false);
        Report report = report(result);
        JsonNode findings = json(report).path("findings");
        List<String> fingerprints = Fingerprints.of(result.findings(), report.baseDir());

        assertThat(findings.size()).isEqualTo(result.findings().size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = result.findings().get(i);
            JsonNode node = findings.path(i);
            assertThat(fields(node)).containsExactly("ruleId", "severity", "file", "line", "column", "endLine", "endColumn",
                    "message", "fingerprint", "chain");
            assertThat(node.path("ruleId").asText()).isEqualTo(f.ruleId());
            assertThat(node.path("severity").asText()).isEqualTo(f.severity().label()).isIn("error", "warning", "note");
            assertThat(node.path("file").asText()).isEqualTo(report.display(f.file()));
            assertThat(node.path("line").isInt()).isTrue();
            assertThat(node.path("line").asInt()).isEqualTo(f.range().beginLine());
            assertThat(node.path("column").asInt()).isEqualTo(f.range().beginColumn());
            assertThat(node.path("endLine").asInt()).isEqualTo(f.range().endLine());
            // Inclusive: the column of the last character (SARIF's is one more).
            assertThat(node.path("endColumn").asInt()).isEqualTo(f.range().endColumn());
            assertThat(node.path("message").asText()).isEqualTo(f.message());
            assertThat(node.path("fingerprint").asText()).isEqualTo(fingerprints.get(i)).matches("[0-9a-f]{32}");
            assertThat(node.path("chain").isArray()).isTrue();
            assertThat(node.path("chain").size()).isEqualTo(f.chain().size());
        }
    }

    @Test
    void aChainedFindingListsEveryHopFromTheReportedCallToTheSink() {
        Finding f = chained(12);
        JsonNode chain = json(report(only(f))).path("findings").path(0).path("chain");

        assertThat(chain.size()).isEqualTo(2);
        for (int i = 0; i < chain.size(); i++) {
            CallHop hop = f.chain().get(i);
            JsonNode step = chain.path(i);
            assertThat(fields(step)).containsExactly("file", "line", "column", "endLine", "endColumn", "description");
            assertThat(step.path("line").asInt()).isEqualTo(hop.range().beginLine());
            assertThat(step.path("column").asInt()).isEqualTo(hop.range().beginColumn());
            assertThat(step.path("endLine").asInt()).isEqualTo(hop.range().endLine());
            assertThat(step.path("endColumn").asInt()).isEqualTo(hop.range().endColumn());
            assertThat(step.path("description").asText()).isEqualTo(hop.description());
        }
        assertThat(chain.path(0).path("file").asText()).isEqualTo("src/main/java/app/OrderHandler.java");
        assertThat(chain.path(1).path("file").asText()).isEqualTo("src/main/java/app/Progress.java");
    }

    @Test
    void theFingerprintIsTheOneSarifCarries() {
        Report report = report(everything(false));
        JsonNode findings = json(report).path("findings");
        JsonNode results = SarifChecks.assertValidForGithub(ReportFixtures.write(new SarifReporter(), report)).path("runs").path(0).path("results");

        List<String> fromJson = StreamSupport.stream(findings.spliterator(), false).map(n -> n.path("fingerprint").asText()).toList();
        List<String> fromSarif = StreamSupport.stream(results.spliterator(), false)
                .map(n -> n.path("partialFingerprints").path(Fingerprints.KEY).asText()).toList();
        assertThat(fromJson).isEqualTo(fromSarif);
    }

    @Test
    void pathsOutsideTheBaseFolderAreAbsolute() {
        JsonNode finding = json(report(only(ReportFixtures.uuid(ReportFixtures.OUTSIDE, 7, 16, "Helper.newId()"))))
                .path("findings").path(0);

        assertThat(finding.path("file").asText()).isEqualTo("/elsewhere/lib/Helper.java");
    }

    @Test
    void summaryCountsFilesSeveritiesAndUnresolvedCalls() {
        JsonNode summary = json(report(everything(false))).path("summary");

        assertThat(fields(summary)).containsExactly("filesScanned", "filesAnalysed", "errors", "warnings", "notes",
                "unresolvedCalls", "filesNotAnalysed");
        assertThat(summary.path("filesScanned").asInt()).isEqualTo(6);
        assertThat(summary.path("filesAnalysed").asInt()).isEqualTo(4);
        assertThat(summary.path("errors").asInt()).isEqualTo(4);
        assertThat(summary.path("warnings").asInt()).isEqualTo(1);
        assertThat(summary.path("notes").asInt()).isEqualTo(1);
        assertThat(summary.path("unresolvedCalls").asInt()).isEqualTo(1);
    }

    @Test
    void filesNotAnalysedAreListedWithTheirRuleAndReason() {
        JsonNode root = json(ReportFixtures.incompleteRun());

        assertThat(root.path("summary").path("filesNotAnalysed").asInt()).isEqualTo(1);
        JsonNode file = root.path("filesNotAnalysed").path(0);
        assertThat(root.path("filesNotAnalysed").size()).isEqualTo(1);
        assertThat(fields(file)).containsExactly("file", "line", "column", "endLine", "endColumn", "ruleId", "reason");
        assertThat(file.path("file").asText()).isEqualTo("src/main/java/app/OrderHandler.java");
        assertThat(file.path("line").asInt()).isEqualTo(8);
        assertThat(file.path("ruleId").asText()).isEqualTo("analysis-incomplete");
        assertThat(file.path("reason").asText()).isEqualTo(ReportFixtures.BUDGET_REASON);
        assertThat(root.path("findings")).anySatisfy(f -> assertThat(f.path("ruleId").asText()).isEqualTo("analysis-incomplete"));
    }

    @Test
    void unresolvedCallsWarningsAndInternalErrorsAreListed() {
        JsonNode root = json(report(everything(true)));

        JsonNode call = root.path("unresolvedCalls").path(0);
        assertThat(root.path("unresolvedCalls").size()).isEqualTo(1);
        assertThat(fields(call)).containsExactly("file", "line", "column", "endLine", "endColumn", "call", "reason");
        assertThat(call.path("reason").asText()).isEqualTo("the type of 'client' is not known");
        assertThat(call.path("file").asText()).isEqualTo("src/main/java/app/OrderHandler.java");
        assertThat(call.path("line").asInt()).isEqualTo(25);
        assertThat(call.path("call").asText()).isEqualTo("client.send(request)");
        assertThat(strings(root.path("warnings"))).containsExactly(CLASSPATH_WARNING);
        assertThat(strings(root.path("internalErrors"))).containsExactly(INTERNAL_ERROR);
    }

    @Test
    void anEmptyRunHasEmptyArraysNotMissingFields() {
        JsonNode root = json(report(only()));

        for (String array : List.of("findings", "unresolvedCalls", "warnings", "internalErrors")) {
            assertThat(root.path(array).isArray()).as(array).isTrue();
            assertThat(root.path(array).size()).as(array).isZero();
        }
        assertThat(root.path("summary").path("errors").asInt()).isZero();
    }

    @Test
    void outputIsOneJsonDocumentEndingInALineFeedAndEqualForEqualInput() {
        String first = ReportFixtures.write(new JsonReporter(), report(everything(true)));

        assertThat(first).startsWith("{").endsWith("}\n").doesNotContain("\r");
        assertThat(ReportFixtures.write(new JsonReporter(), report(everything(true)))).isEqualTo(first);
    }

    private static JsonNode json(Report report) {
        try {
            return MAPPER.readTree(ReportFixtures.write(new JsonReporter(), report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
