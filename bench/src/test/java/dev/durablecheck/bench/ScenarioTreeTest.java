package dev.durablecheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios' trees from small stand-in archives, so that neither a JDK's src.zip nor Maven is
 * needed: the real sources land where their packages say, the handlers parse, and every expectation
 * points at a line holding what was planted. Runs in well under a second.
 */
class ScenarioTreeTest {

    @Test
    void jdkTreeHoldsTheModulesSourcesWithoutItsFolderAndTwentyHazards(@TempDir Path work) throws Exception {
        Path zip = zip(work.resolve("src.zip"), "java.base/java/lang/Placeholder.java", "java.base/module-info.java",
                "java.sql/java/sql/Elsewhere.java", "java.base/java/lang/notes.txt");
        Path root = work.resolve("tree");
        ScenarioTree tree = JdkScenario.tree(zip);

        tree.generate(root);

        assertThat(root.resolve("src/main/java/java/lang/Placeholder.java")).exists();
        assertThat(root.resolve("src/main/java/module-info.java")).exists();
        assertThat(root.resolve("src/main/java/java/sql/Elsewhere.java")).doesNotExist();
        assertThat(root.resolve("src/main/java/java/lang/notes.txt")).doesNotExist();
        List<PlantedHazard> planted = expectationsHoldTheirText(root);
        assertThat(planted).hasSize(20);
        assertThat(planted.stream().filter(PlantedHazard::direct)).hasSize(14);
        Properties props = properties(root);
        assertThat(props.getProperty("handlers")).isEqualTo("8");
        assertThat(props.getProperty("sources.files")).isEqualTo("2");
        tree.spec().forEach((key, value) -> assertThat(props.getProperty(key)).as(key).isEqualTo(value));
    }

    @Test
    void libraryTreeHoldsTheJarsSourcesAndHazardsReachedOnlyThroughIt(@TempDir Path work) throws Exception {
        Path jar = zip(work.resolve("sources.jar"), "org/apache/commons/lang3/Placeholder.java", "META-INF/MANIFEST.MF");
        Path root = work.resolve("tree");

        LibraryScenario.tree(ignored -> jar).generate(root);

        assertThat(root.resolve("src/main/java/org/apache/commons/lang3/Placeholder.java")).exists();
        List<PlantedHazard> planted = expectationsHoldTheirText(root);
        assertThat(planted).hasSize(20);
        assertThat(planted.stream().filter(h -> !h.direct())).hasSize(11).allMatch(h -> h.sink().contains(" in "));
        assertThat(properties(root).getProperty("handlers")).isEqualTo("6");
    }

    @Test
    void aMissingSrcZipSaysWhatToInstall(@TempDir Path work) {
        ScenarioTree tree = JdkScenario.tree(work.resolve("absent/src.zip"));

        assertThat(tree.spec().get("sources")).endsWith("(missing)");
        assertThatThrownBy(() -> tree.generate(work.resolve("tree"))).isInstanceOf(IOException.class).hasMessageContaining("JDK_SRC_ZIP");
    }

    /** Every handler and helper parses, and every planted hazard and decoy is on a line holding its text. */
    private static List<PlantedHazard> expectationsHoldTheirText(Path root) throws IOException {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        try (Stream<Path> written = Files.walk(root.resolve("src/main/java/com/acme"))) {
            for (Path file : written.filter(Files::isRegularFile).toList()) {
                assertThat(parser.parse(file).getProblems()).as(file.toString()).isEmpty();
            }
        }
        List<PlantedHazard> planted = PlantedHazard.read(root.resolve("expected.tsv"));
        for (PlantedHazard h : planted) {
            assertThat(line(root, h.file(), h.line())).as(h.toTsv()).contains(h.call());
        }
        for (String row : Files.readAllLines(root.resolve("decoys.tsv"), StandardCharsets.UTF_8)) {
            if (!row.startsWith("#")) {
                Decoy d = Decoy.fromTsv(row);
                assertThat(line(root, d.file(), d.line())).as(d.toTsv()).contains(d.what());
            }
        }
        return planted;
    }

    private static String line(Path root, String file, int line) throws IOException {
        return Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8).get(line - 1);
    }

    private static Properties properties(Path root) throws IOException {
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(root.resolve("tree.properties"))) {
            props.load(in);
        }
        return props;
    }

    /** A zip holding a placeholder class at each of {@code entries}. */
    private static Path zip(Path zip, String... entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write("/** A placeholder. */\nclass Placeholder {\n}\n".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
