package dev.durablecheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A tree of real shapes: the sources of a real code base, extracted from an archive into
 * {@code src/main/java}, with a few hand-written durable handlers (and the helpers they call) dropped
 * in. The real sources are what durable-check's type resolution and call-following walk through; the
 * handlers are what it analyses and where its findings must be.
 */
final class ScenarioTree implements BenchTree {

    /** Changes whenever the written handlers or the extraction change, so that a kept tree of an older version is written again. */
    static final int SCENARIO_VERSION = 1;

    /** The package of every scenario's handlers. */
    static final String HANDLERS = "com.acme.handlers";

    /** The request every handler takes. */
    private static final ScriptedFile REQUEST = ScriptedFile.of(HANDLERS, "OrderRequest", """
            /** What a handler is invoked with: an order, its lines and where it comes from. */
            public record OrderRequest(String id, String customer, List<String> items, String region, BigDecimal amount) {
            }
            """);

    /** Finds or fetches the archive of real sources; {@code root} is the tree's folder, free to keep a download in. */
    @FunctionalInterface
    interface Archive {
        Path locate(Path root) throws IOException, InterruptedException;
    }

    private final String name;
    private final String sources;
    private final String identity;
    private final Archive archive;
    private final String prefix;
    private final List<ScriptedFile> files;
    private final Map<String, String> types;
    private final String chainedThrough;

    /**
     * @param sources what the real sources are, for the report
     * @param identity which archive exactly (for the cache: another one writes the tree again)
     * @param prefix the folder of the archive whose sources are extracted ({@code ""} for all)
     * @param files the handlers and their helpers, all in {@link #HANDLERS} or below it
     * @param types simple names to qualified names of the types the files use besides {@link Imports#JDK}
     * @param chainedThrough what chained hazards go through, for the report
     */
    ScenarioTree(String name, String sources, String identity, Archive archive, String prefix, List<ScriptedFile> files,
                 Map<String, String> types, String chainedThrough) {
        this.name = name;
        this.sources = sources;
        this.identity = identity;
        this.archive = archive;
        this.prefix = prefix;
        this.files = files;
        this.types = types;
        this.chainedThrough = chainedThrough;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> spec() {
        Map<String, String> spec = new LinkedHashMap<>();
        spec.put("scenario.version", String.valueOf(SCENARIO_VERSION));
        spec.put("sources", identity);
        return spec;
    }

    @Override
    public void generate(Path root) throws IOException, InterruptedException {
        Path sourceRoot = Files.createDirectories(root.resolve("src/main/java"));
        SourceArchive.Extracted real = SourceArchive.extract(archive.locate(root), prefix, sourceRoot);
        List<ScriptedFile> all = new ArrayList<>(files);
        all.add(REQUEST);
        Map<String, String> known = new HashMap<>(types);
        for (ScriptedFile f : all) {
            known.put(f.name, f.pkg + "." + f.name);
        }
        Set<Path> madeDirs = new HashSet<>();
        List<PlantedHazard> planted = new ArrayList<>();
        List<Decoy> decoys = new ArrayList<>();
        long lines = real.lines();
        int handlers = 0;
        for (ScriptedFile f : all) {
            if (Files.exists(sourceRoot.resolve(f.path()))) {
                throw new IllegalStateException(f.path() + " is already in the sources of " + sources);
            }
            int header = TreeGenerator.writeFile(sourceRoot, madeDirs, f.pkg, f.name, f.path(), f.body, known);
            lines += header + f.body.lines().count();
            String file = "src/main/java/" + f.path();
            planted.addAll(f.planted(file, header));
            decoys.addAll(f.decoys(file, header));
            if (f.isHandler()) {
                handlers++;
            }
        }
        planted.sort(Comparator.comparing(PlantedHazard::file).thenComparingInt(PlantedHazard::line).thenComparing(PlantedHazard::rule));
        decoys.sort(Comparator.comparing(Decoy::file).thenComparingInt(Decoy::line));
        PlantedHazard.write(root.resolve("expected.tsv"), planted);
        Decoy.write(root.resolve("decoys.tsv"), decoys);

        int fileCount = real.files() + all.size();
        long direct = planted.stream().filter(PlantedHazard::direct).count();
        Map<String, String> props = spec();
        props.put("sources.files", String.valueOf(real.files()));
        props.put("sources.lines", String.valueOf(real.lines()));
        props.put("files", String.valueOf(fileCount));
        props.put("lines", String.valueOf(lines));
        props.put("handlers", String.valueOf(handlers));
        props.put("hazards", String.valueOf(planted.size()));
        props.put("hazards.direct", String.valueOf(direct));
        props.put("hazards.chained", String.valueOf(planted.size() - direct));
        props.put("decoys", String.valueOf(decoys.size()));
        props.put("durable.percent", String.format(Locale.ROOT, "%.2f", 100.0 * handlers / fileCount));
        StringBuilder text = new StringBuilder();
        props.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(root.resolve("tree.properties"), text.toString(), StandardCharsets.UTF_8);
    }

    @Override
    public String describe(Properties props) {
        return String.format(Locale.ROOT, "%s: %,d files, %,d lines, with %d hand-written durable handlers and their helpers dropped in; "
                        + "%s planted hazards (%s direct, %s chained through %s), %s decoys",
                sources, Integer.parseInt(props.getProperty("sources.files")), Long.parseLong(props.getProperty("sources.lines")),
                Integer.parseInt(props.getProperty("handlers")), props.getProperty("hazards"), props.getProperty("hazards.direct"),
                props.getProperty("hazards.chained"), chainedThrough, props.getProperty("decoys"));
    }

    @Override
    public boolean listsEveryHazard() {
        return true;
    }
}
