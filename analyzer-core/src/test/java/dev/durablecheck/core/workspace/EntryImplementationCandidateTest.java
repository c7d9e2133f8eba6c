package dev.durablecheck.core.workspace;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.testsupport.CatalogRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Temporal workflow class needs nothing of Temporal's to implement its workflow interface, so it
 * may name no runtime type at all: it is still analysed, found through the interface it implements.
 */
class EntryImplementationCandidateTest {

    @TempDir
    Path root;

    @Test
    void aWorkflowClassThatImportsNothingOfTheRuntimeIsAnalysedThroughItsInterface() throws IOException {
        write("app/Greeting.java", """
                package app;

                import io.temporal.workflow.WorkflowInterface;
                import io.temporal.workflow.WorkflowMethod;

                @WorkflowInterface
                public interface Greeting {
                    @WorkflowMethod
                    String greet(String name);
                }
                """);
        write("app/GreetingImpl.java", """
                package app;

                import java.time.Instant;

                public class GreetingImpl implements Greeting {
                    @Override
                    public String greet(String name) {
                        return name + Instant.now();
                    }
                }
                """);
        write("app/Unrelated.java", """
                package app;

                import java.time.Instant;

                public class Unrelated implements Comparable<Unrelated> {
                    public int compareTo(Unrelated other) {
                        return Instant.now().getNano();
                    }
                }
                """);

        AnalysisResult result = new Analyzer(CatalogRules.all(), DurableModel.builtIn())
                .analyze(new AnalysisRequest(List.of(root), List.of(), 1, LanguageLevel.JAVA_21));

        assertThat(result.filesAnalysed()).isEqualTo(2);
        assertThat(result.findings()).extracting(f -> f.file().getFileName() + ":" + f.range().beginLine() + ":" + f.ruleId())
                .containsExactly("GreetingImpl.java:8:" + CatalogRules.TIME);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
