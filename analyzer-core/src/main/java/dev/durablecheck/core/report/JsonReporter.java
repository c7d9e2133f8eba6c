package dev.durablecheck.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.UnanalysedFile;
import dev.durablecheck.core.UnresolvedCall;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the findings as plain JSON for scripts; the shape is documented in
 * {@code docs/json-format.md}.
 */
public final class JsonReporter implements Reporter {

    /** The shape's version: it changes only when a field is removed or changes meaning. */
    static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void write(Report report, Writer out) throws IOException {
        AnalysisResult result = report.result();
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "durable-check");
        tool.put("version", report.toolVersion());

        ArrayNode findings = root.putArray("findings");
        List<String> fingerprints = Fingerprints.of(result.findings(), report.baseDir());
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            ObjectNode node = findings.addObject();
            node.put("ruleId", f.ruleId());
            node.put("severity", f.severity().label());
            position(node, report, f.file(), f.range());
            node.put("message", f.message());
            node.put("fingerprint", fingerprints.get(i));
            ArrayNode chain = node.putArray("chain");
            for (CallHop hop : f.chain()) {
                ObjectNode step = chain.addObject();
                position(step, report, hop.file(), hop.range());
                step.put("description", hop.description());
            }
        }

        ObjectNode summary = root.putObject("summary");
        summary.put("filesScanned", result.filesScanned());
        summary.put("filesAnalysed", result.filesAnalysed());
        for (Severity severity : Severity.values()) {
            summary.put(severity.label() + "s", result.findings().stream().filter(f -> f.severity() == severity).count());
        }
        summary.put("unresolvedCalls", result.unresolvedCalls().size());
        summary.put("filesNotAnalysed", result.unanalysed().size());

        ArrayNode unresolved = root.putArray("unresolvedCalls");
        for (UnresolvedCall call : result.unresolvedCalls()) {
            ObjectNode node = unresolved.addObject();
            position(node, report, call.file(), call.range());
            node.put("call", call.call());
            node.put("reason", call.reason());
        }
        ArrayNode notAnalysed = root.putArray("filesNotAnalysed");
        for (UnanalysedFile file : result.unanalysed()) {
            ObjectNode node = notAnalysed.addObject();
            position(node, report, file.file(), file.range());
            node.put("ruleId", file.ruleId());
            node.put("reason", file.reason());
        }
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ArrayNode errors = root.putArray("internalErrors");
        result.internalErrors().forEach(errors::add);
        StableJson.write(mapper, root, out);
    }

    private static void position(ObjectNode node, Report report, Path file, TextRange range) {
        node.put("file", report.display(file));
        node.put("line", range.beginLine());
        node.put("column", range.beginColumn());
        node.put("endLine", range.endLine());
        node.put("endColumn", range.endColumn());
    }
}
