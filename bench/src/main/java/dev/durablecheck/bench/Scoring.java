package dev.durablecheck.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores one tool's findings against the planted hazards: a planted hazard is found when the tool
 * reports the hazard's rule on the planted line of the planted file. Findings on no planted line are
 * "unplanned"; those on a decoy line are look-alikes the tool should have left alone.
 */
final class Scoring {

    /** A finding reduced to what is matched: file relative to the tree folder, line, rule id. */
    record Hit(String file, int line, String rule) {
    }

    record Ratio(int found, int total) {

        String text() {
            return total == 0 ? "–" : String.format(java.util.Locale.ROOT, "%d/%d (%.0f %%)", found, total, 100.0 * found / total);
        }
    }

    final Ratio direct;
    final Ratio chained;
    /** direct hazards whose offending call is one of the four the PMD XPath rules look for */
    final Ratio directPmdApis;
    final int onPlanted;
    final int unplanned;
    final int unplannedOnDecoys;
    final List<PlantedHazard> missed = new ArrayList<>();
    final List<Hit> unplannedHits = new ArrayList<>();
    /** rule -> {planted direct, found direct, planted chained, found chained} */
    final Map<String, int[]> byRule = new TreeMap<>();

    Scoring(List<PlantedHazard> planted, Collection<Decoy> decoys, Collection<Hit> hits) {
        Set<Hit> hitSet = new HashSet<>(hits);
        Set<Hit> plantedSet = new HashSet<>();
        int d = 0;
        int dFound = 0;
        int c = 0;
        int cFound = 0;
        int p = 0;
        int pFound = 0;
        for (PlantedHazard h : planted) {
            Hit key = new Hit(h.file(), h.line(), h.rule());
            plantedSet.add(key);
            boolean found = hitSet.contains(key);
            int[] row = byRule.computeIfAbsent(h.rule(), r -> new int[4]);
            if (h.direct()) {
                d++;
                row[0]++;
                if (found) {
                    dFound++;
                    row[1]++;
                }
                if (Shapes.PMD_APIS.contains(h.sink())) {
                    p++;
                    if (found) {
                        pFound++;
                    }
                }
            } else {
                c++;
                row[2]++;
                if (found) {
                    cFound++;
                    row[3]++;
                }
            }
            if (!found) {
                missed.add(h);
            }
        }
        Set<String> decoyLines = new HashSet<>();
        decoys.forEach(x -> decoyLines.add(x.file() + ":" + x.line()));
        int on = 0;
        int off = 0;
        int offDecoy = 0;
        for (Hit hit : hits) {
            if (plantedSet.contains(hit)) {
                on++;
            } else {
                off++;
                unplannedHits.add(hit);
                if (decoyLines.contains(hit.file() + ":" + hit.line())) {
                    offDecoy++;
                }
            }
        }
        this.direct = new Ratio(dFound, d);
        this.chained = new Ratio(cFound, c);
        this.directPmdApis = new Ratio(pFound, p);
        this.onPlanted = on;
        this.unplanned = off;
        this.unplannedOnDecoys = offDecoy;
    }
}
