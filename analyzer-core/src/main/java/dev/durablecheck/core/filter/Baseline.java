package dev.durablecheck.core.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.report.Fingerprints;
import dev.durablecheck.core.report.StableJson;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Findings accepted as they are, by fingerprint, so that a gate fails only on new ones. The file is
 * JSON sorted by path, rule and fingerprint, one finding per entry, reviewable in a diff; paths and
 * fingerprints are relative to the folder of the baseline file, so it does not depend on where the
 * tool runs from.
 */
public final class Baseline {

    private static final int VERSION = 1;

    /** The file each recorded fingerprint is in, as the baseline writes it: relative to its folder. */
    private final Map<String, String> fileOf;

    private Baseline(Map<String, String> fileOf) {
        this.fileOf = Map.copyOf(fileOf);
    }

    /** Reads a baseline file; throws {@link IOException} naming the problem. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            // Jackson's full message runs onto a second line of parser detail; one line names the problem.
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new IOException(file + ": not a durable-check baseline: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + where, e);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read the baseline: " + e, e);
        }
        if (root == null || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a durable-check baseline: no \"findings\" array");
        }
        Map<String, String> prints = new HashMap<>();
        for (JsonNode entry : root.path("findings")) {
            prints.put(entry.path("fingerprint").asText(), entry.path("file").asText());
        }
        return new Baseline(prints);
    }

    /** Writes the findings as a baseline, fingerprinted relative to {@code folder}. */
    public static void write(List<Finding> findings, Path folder, Writer out) throws IOException {
        List<String> prints = Fingerprints.of(findings, folder);
        record Row(String file, String rule, String fingerprint, String message) {
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows.add(new Row(Fingerprints.pathFrom(folder.toAbsolutePath().normalize(), f.file()), f.ruleId(), prints.get(i), f.message()));
        }
        rows.sort(Comparator.comparing(Row::file).thenComparing(Row::rule).thenComparing(Row::fingerprint));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        ArrayNode array = root.putArray("findings");
        for (Row row : rows) {
            ObjectNode node = array.addObject();
            node.put("file", row.file());
            node.put("rule", row.rule());
            node.put("fingerprint", row.fingerprint());
            node.put("message", row.message());
        }
        StableJson.write(mapper, root, out);
    }

    /** What applying the baseline left: the new findings, and how many were matched or are stale. */
    public record Applied(List<Finding> remaining, List<Finding> baselined, int stale) {
    }

    /**
     * Drops the findings the baseline holds, fingerprinted relative to {@code folder}. An entry that
     * matched nothing is stale only when its file is one this run analysed ({@code inRun}): a
     * baseline shared by several modules holds entries for the others.
     */
    public Applied apply(List<Finding> findings, Path folder, Predicate<Path> inRun) {
        List<String> prints = Fingerprints.of(findings, folder);
        List<Finding> remaining = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            if (fileOf.containsKey(prints.get(i))) {
                matched.add(prints.get(i));
                baselined.add(findings.get(i));
            } else {
                remaining.add(findings.get(i));
            }
        }
        Path base = folder.toAbsolutePath().normalize();
        long stale = fileOf.entrySet().stream()
                .filter(e -> !matched.contains(e.getKey()) && inRun.test(base.resolve(e.getValue()).normalize()))
                .count();
        return new Applied(remaining, baselined, (int) stale);
    }
}
