package dev.durablecheck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A source tree the benchmark measures, by name: one of {@link TreeGenerator}'s synthetic sizes, or a
 * scenario of real sources with generated handlers dropped in ({@link ScenarioTree}). Each is written
 * once under {@code trees/<name>} and reused while the spec its {@code tree.properties} records is the same.
 */
interface BenchTree {

    String name();

    /** The entries {@code tree.properties} must hold for a kept tree to be reused. */
    Map<String, String> spec();

    /**
     * Writes the tree into {@code root}, which holds no older tree: {@code src/main/java},
     * {@code expected.tsv}, {@code decoys.tsv} and {@code tree.properties} (the spec and the counts
     * {@code files}, {@code lines}, {@code handlers}, {@code hazards}, {@code hazards.direct},
     * {@code hazards.chained}, {@code decoys} and {@code durable.percent}).
     */
    void generate(Path root) throws IOException, InterruptedException;

    /** What the tree holds and what is planted in it, from its {@code tree.properties}: the sentence under a section's title. */
    String describe(Properties props);

    /**
     * Whether a section lists every planted hazard with what durable-check reported on its line, and
     * every unplanned finding: for trees with a few hand-written hazards, not thousands.
     */
    boolean listsEveryHazard();

    /** The tree of a name given to the benchmark; {@code jdkSources} is the src.zip the {@code jdk} scenario extracts. */
    static BenchTree named(String name, Path jdkSources) {
        return switch (name) {
            case "jdk" -> JdkScenario.tree(jdkSources);
            case "library" -> LibraryScenario.tree();
            case "tiny", "small", "medium", "large", "large-50" -> new SyntheticTree(name, TreeGenerator.preset(name));
            default -> throw new IllegalArgumentException("unknown tree " + name + " (tiny, small, medium, large, large-50, jdk, library)");
        };
    }
}
