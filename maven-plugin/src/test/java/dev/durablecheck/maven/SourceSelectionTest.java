package dev.durablecheck.maven;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceSelectionTest {

    @TempDir
    Path module;

    private Path main;
    private Path generated;

    @BeforeEach
    void writeModule() throws IOException {
        main = module.resolve("src/main/java");
        generated = module.resolve("target/generated-sources/annotations");
        write(main, "com/acme/orders/OrderHandler.java");
        write(main, "com/acme/orders/internal/Pricing.java");
        write(main, "com/acme/billing/BillingHandler.java");
        write(generated, "com/acme/orders/OrderMapperImpl.java");
    }

    @Test
    void withoutGlobsTheRootsThemselvesAreAnalysed() {
        SourceSelection.Selected selected = select(List.of(), List.of());

        assertThat(selected.paths()).containsExactly(main, generated);
        assertThat(selected.problem()).isEmpty();
    }

    @Test
    void globsAreRelativeToEachSourceRootAsInPmdAndCheckstyle() {
        SourceSelection.Selected selected = select(List.of("com/acme/orders/**"), List.of());

        assertThat(names(selected)).containsExactly("OrderHandler.java", "Pricing.java", "OrderMapperImpl.java");
        assertThat(selected.problem()).isEmpty();
    }

    @Test
    void globsRelativeToTheModuleFolderStillWork() {
        SourceSelection.Selected selected = select(List.of("src/main/java/com/acme/orders/**"), List.of());

        assertThat(names(selected)).containsExactly("OrderHandler.java", "Pricing.java");
    }

    @Test
    void aLeadingDoubleStarAlsoMatchesNoFolderAsInAnt() {
        write(main, "TopLevel.java");

        SourceSelection.Selected selected = select(List.of("**/*Handler.java", "**/TopLevel.java"), List.of());

        assertThat(names(selected)).containsExactly("TopLevel.java", "BillingHandler.java", "OrderHandler.java");
    }

    @Test
    void excludesLeaveOutWhatTheyMatchInEitherForm() {
        SourceSelection.Selected byRoot = select(List.of(), List.of("**/internal/**"));
        SourceSelection.Selected byModule = select(List.of(), List.of("target/generated-sources/**"));

        assertThat(names(byRoot)).containsExactly("BillingHandler.java", "OrderHandler.java", "OrderMapperImpl.java");
        assertThat(names(byModule)).containsExactly("BillingHandler.java", "OrderHandler.java", "Pricing.java");
    }

    @Test
    void globsThatSelectNoneOfTheModulesJavaFilesAreAProblemNamingThem() {
        SourceSelection.Selected selected = select(List.of("com/acme/shipping/**"), List.of());

        assertThat(selected.paths()).isEmpty();
        assertThat(selected.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains("[com/acme/shipping/**]").contains("none of the module's 4 Java files"));
    }

    @Test
    void aModuleWithoutJavaFilesHasNoProblem() {
        SourceSelection.Selected selected = SourceSelection.select(List.of(), module, List.of("com/**"), List.of());

        assertThat(selected.paths()).isEmpty();
        assertThat(selected.problem()).isEmpty();
    }

    private SourceSelection.Selected select(List<String> includes, List<String> excludes) {
        return SourceSelection.select(List.of(main, generated), module, includes, excludes);
    }

    private static List<String> names(SourceSelection.Selected selected) {
        return selected.paths().stream().map(p -> p.getFileName().toString()).toList();
    }

    private static void write(Path root, String relative) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "class X {}\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
