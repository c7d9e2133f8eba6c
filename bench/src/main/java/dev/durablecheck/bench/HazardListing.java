package dev.durablecheck.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The end of a section for a tree with a few hand-written hazards: every planted hazard with the
 * findings durable-check reported for it and the chain each one printed, then every finding on no
 * planted line (saying when it is on a decoy's line) and every file it did not analyse in full, so
 * that a reader can judge each one.
 */
final class HazardListing {

    private HazardListing() {
    }

    static String of(List<PlantedHazard> planted, List<Decoy> decoys, JsonNode report) {
        StringBuilder b = new StringBuilder("Every planted hazard and the findings durable-check reported for it, each with its chain:\n\n");
        Set<JsonNode> explained = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlantedHazard h : planted) {
            List<JsonNode> hits = new ArrayList<>();
            for (JsonNode f : report.get("findings")) {
                if (f.get("file").asText().equals(h.file()) && f.get("line").asInt() == h.line()
                        && f.get("ruleId").asText().equals(h.rule())) {
                    hits.add(f);
                }
            }
            explained.addAll(hits);
            b.append("- `").append(h.file()).append(':').append(h.line()).append("` ").append(h.rule()).append(' ').append(h.kind())
                    .append(", `").append(h.call()).append("`, sink ").append(h.sink()).append(": ")
                    .append(hits.isEmpty() ? "**missed**" : hits.size() == 1 ? "found" : "found " + hits.size() + " times").append('\n');
            hits.forEach(f -> chain(b, f));
        }
        b.append('\n');
        Map<String, String> decoyLines = new HashMap<>();
        decoys.forEach(d -> decoyLines.put(d.file() + ":" + d.line(), d.why()));
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (!explained.contains(f) && !f.get("ruleId").asText().equals("analysis-incomplete")) {
                others.add(f);
            }
        }
        if (!others.isEmpty()) {
            b.append("durable-check findings on no planted line:\n\n");
            for (JsonNode f : others) {
                String at = f.get("file").asText() + ":" + f.get("line").asInt();
                String decoy = decoyLines.get(at);
                b.append("- `").append(at).append("` ").append(f.get("ruleId").asText())
                        .append(decoy == null ? "" : ", on a decoy's line (" + decoy + ")").append('\n');
                chain(b, f);
            }
            b.append('\n');
        }
        if (!report.get("filesNotAnalysed").isEmpty()) {
            b.append("Files durable-check did not analyse in full:\n\n");
            for (JsonNode f : report.get("filesNotAnalysed")) {
                b.append("- `").append(f.get("file").asText()).append("` ").append(f.get("ruleId").asText()).append(": ")
                        .append(f.get("reason").asText()).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The chain of a finding reached through calls, on one line under it: each step's file name, line and description. */
    private static void chain(StringBuilder b, JsonNode finding) {
        JsonNode chain = finding.get("chain");
        if (chain == null || chain.isEmpty()) {
            return;
        }
        List<String> steps = new ArrayList<>();
        for (JsonNode step : chain) {
            String file = step.get("file").asText();
            steps.add("`" + file.substring(file.lastIndexOf('/') + 1) + ":" + step.get("line").asInt() + "` "
                    + step.get("description").asText().replace("`", "'"));
        }
        b.append("    - ").append(String.join(" → ", steps)).append('\n');
    }
}
