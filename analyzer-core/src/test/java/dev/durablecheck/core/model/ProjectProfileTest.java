package dev.durablecheck.core.model;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.config.ConfigurationException;
import dev.durablecheck.core.run.CheckRun;
import dev.durablecheck.core.testsupport.CatalogRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A project's own profile, added by its durable-check.json: the worked example of docs/profiles.md,
 * the AWS SDK's experimental DAG API, whose step bodies run once like context.step's.
 */
class ProjectProfileTest {

    private static final Path DAG_PROFILE = Path.of("..", "docs", "examples", "aws-dag-profile.json");

    private static final String DAG_OPERATIONS = """
            package software.amazon.lambda.durable.dag;

            import java.util.function.Consumer;
            import software.amazon.lambda.durable.DurableContext;

            public final class DagOperations {
                public static void dag(DurableContext context, String name, Consumer<DagBuilder> graph) {
                }
            }
            """;
    private static final String DAG_BUILDER = """
            package software.amazon.lambda.durable.dag;

            import java.util.function.BiFunction;
            import software.amazon.lambda.durable.StepContext;

            public interface DagBuilder {
                <T> T step(String name, Class<T> type, BiFunction<Deps, StepContext, T> body);
            }
            """;
    private static final String DEPS = """
            package software.amazon.lambda.durable.dag;

            public interface Deps {
            }
            """;
    private static final String HANDLER = """
            package app;

            import java.time.Instant;
            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.dag.DagOperations;

            public class Etl {
                void run(DurableContext context) {
                    DagOperations.dag(context, "etl", d -> {
                        d.step("extract", String.class, (deps, s) -> "at " + Instant.now());
                        long planned = System.currentTimeMillis();
                    });
                }
            }
            """;

    @TempDir
    Path root;

    @BeforeEach
    void writeTree() throws IOException {
        write("src/software/amazon/lambda/durable/dag/DagOperations.java", DAG_OPERATIONS);
        write("src/software/amazon/lambda/durable/dag/DagBuilder.java", DAG_BUILDER);
        write("src/software/amazon/lambda/durable/dag/Deps.java", DEPS);
        write("src/app/Etl.java", HANDLER);
    }

    @Test
    void withTheDagProfileAStepBodyOfTheDagIsRunOnceCodeAndTheGraphItselfIsStillOrchestration() throws Exception {
        Files.copy(DAG_PROFILE, root.resolve("aws-dag-profile.json"));
        write("durable-check.json", "{\"profiles\": [\"aws-dag-profile.json\"]}");

        AnalysisResult result = analyze();

        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.range().beginLine())
                .containsExactly(tuple(CatalogRules.TIME, 11));
    }

    @Test
    void withoutItTheStepBodyLooksLikeOrchestrationCodeAndItsClockReadIsReported() throws Exception {
        AnalysisResult result = analyze();

        assertThat(result.findings()).extracting(f -> f.range().beginLine()).containsExactly(10, 11);
    }

    @Test
    void aProfileFileThatIsMissingOrHasAnUnknownKeyIsAConfigurationErrorNamingIt() throws IOException {
        write("durable-check.json", "{\"profiles\": [\"missing.json\"]}");
        assertThatThrownBy(this::analyze).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("profiles[0]").hasMessageContaining("missing.json: not found");

        write("bad.json", "{\"id\": \"bad\", \"operation\": []}");
        write("durable-check.json", "{\"profiles\": [\"bad.json\"]}");
        assertThatThrownBy(this::analyze).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown profile key(s) [operation]");
    }

    private AnalysisResult analyze() throws Exception {
        return new CheckRun(CatalogRules.analyzer()).analyze(
                new AnalysisRequest(List.of(root.resolve("src")), List.of(), 2, LanguageLevel.JAVA_21),
                Optional.empty(), Optional.empty());
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
