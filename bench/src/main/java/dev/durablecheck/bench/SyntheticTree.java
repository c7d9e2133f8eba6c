package dev.durablecheck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** A synthetic tree of one of {@link TreeGenerator}'s sizes. */
record SyntheticTree(String name, TreeGenerator.Spec size) implements BenchTree {

    @Override
    public Map<String, String> spec() {
        Map<String, String> spec = new LinkedHashMap<>();
        spec.put("generator.version", String.valueOf(TreeGenerator.GENERATOR_VERSION));
        spec.put("seed", String.valueOf(size.seed()));
        spec.put("target.lines", String.valueOf(size.targetLines()));
        spec.put("durable.percent", String.valueOf(size.durablePercent()));
        return spec;
    }

    @Override
    public void generate(Path root) throws IOException {
        TreeGenerator.generate(root, size);
    }

    @Override
    public String describe(Properties props) {
        return String.format("Seed %d; %s planted hazards (%s direct, %s chained 1 to 4 calls deep), %s decoys",
                size.seed(), props.getProperty("hazards"), props.getProperty("hazards.direct"),
                props.getProperty("hazards.chained"), props.getProperty("decoys"));
    }

    @Override
    public boolean listsEveryHazard() {
        return false;
    }
}
