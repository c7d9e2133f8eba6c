package dev.durablecheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic and its expectations point at what it planted. Runs in well under a second. */
class TreeGeneratorTest {

    private static final TreeGenerator.Spec TINY = TreeGenerator.preset("tiny");

    @Test
    void sameSeedGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        TreeGenerator.Summary a = TreeGenerator.generate(first, TINY);
        TreeGenerator.Summary b = TreeGenerator.generate(second, TINY);

        assertThat(a).isEqualTo(b);
        assertThat(a.files()).isBetween(15, 40);
        assertThat(a.handlers()).isPositive();
        Map<String, byte[]> left = contents(first);
        Map<String, byte[]> right = contents(second);
        assertThat(right.keySet()).isEqualTo(left.keySet());
        left.forEach((file, bytes) -> assertThat(right.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void anotherSeedGivesAnotherTree(@TempDir Path first, @TempDir Path second) throws IOException {
        TreeGenerator.generate(first, TINY);
        TreeGenerator.generate(second, new TreeGenerator.Spec(TINY.seed() + 1, TINY.targetLines(), TINY.durablePercent()));

        assertThat(Files.readString(second.resolve("expected.tsv"))).isNotEqualTo(Files.readString(first.resolve("expected.tsv")));
    }

    @Test
    void expectationsPointAtLinesHoldingThePlantedCall(@TempDir Path root) throws IOException {
        TreeGenerator.generate(root, TINY);

        List<PlantedHazard> planted = PlantedHazard.read(root.resolve("expected.tsv"));
        assertThat(planted).isNotEmpty();
        assertThat(planted).anyMatch(PlantedHazard::direct).anyMatch(h -> !h.direct());
        for (PlantedHazard h : planted) {
            List<String> lines = Files.readAllLines(root.resolve(h.file()), StandardCharsets.UTF_8);
            assertThat(h.line()).as(h.toTsv()).isBetween(1, lines.size());
            assertThat(lines.get(h.line() - 1)).as(h.toTsv()).contains(h.call());
            assertThat(h.depth()).isBetween(0, 4);
        }
        for (String row : Files.readAllLines(root.resolve("decoys.tsv"), StandardCharsets.UTF_8)) {
            if (row.startsWith("#")) {
                continue;
            }
            Decoy d = Decoy.fromTsv(row);
            String line = Files.readAllLines(root.resolve(d.file()), StandardCharsets.UTF_8).get(d.line() - 1);
            String call = d.what().replace("java.util.logging.Logger.info()", ".info(").replace("()", "(")
                    .replace("Collection.parallelStream(", ".parallelStream(").replace("File.exists(", ".exists(")
                    .replace("TimeUnit.sleep(", ".sleep(");
            assertThat(line).as(d.toTsv()).contains(call);
        }
    }

    @Test
    void everyRuleIsPlantedInASmallTreeAndGroupARulesAlsoThroughCalls(@TempDir Path root) throws IOException {
        TreeGenerator.generate(root, new TreeGenerator.Spec(3, 4_000, 25));

        List<PlantedHazard> planted = PlantedHazard.read(root.resolve("expected.tsv"));
        Set<String> direct = planted.stream().filter(PlantedHazard::direct).map(PlantedHazard::rule).collect(Collectors.toSet());
        Set<String> chained = planted.stream().filter(h -> !h.direct()).map(PlantedHazard::rule).collect(Collectors.toSet());
        assertThat(direct).containsAll(Shapes.GROUP_A).containsAll(Shapes.GROUP_B);
        assertThat(chained).containsExactlyInAnyOrderElementsOf(Shapes.GROUP_A);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return all;
    }
}
