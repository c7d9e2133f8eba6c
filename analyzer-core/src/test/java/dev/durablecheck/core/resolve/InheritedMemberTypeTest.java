package dev.durablecheck.core.resolve;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.UnresolvedCall;
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
 * A class may name a member type it inherits by its simple name, as Temporal workflow classes name
 * the payload classes nested in their workflow interface: the name resolves, and calls on it are
 * judged and followed like any other.
 */
class InheritedMemberTypeTest {

    @TempDir
    Path root;

    @Test
    void aMemberTypeOfAnImplementedInterfaceResolvesByItsSimpleName() throws IOException {
        write("app/Cluster.java", """
                package app;

                import io.temporal.workflow.WorkflowInterface;
                import io.temporal.workflow.WorkflowMethod;

                @WorkflowInterface
                public interface Cluster {
                    @WorkflowMethod
                    String run();

                    class State {
                        String stamp() {
                            return "at " + java.time.Instant.now();
                        }
                    }
                }
                """);
        write("app/ClusterImpl.java", """
                package app;

                import io.temporal.workflow.Workflow;

                public class ClusterImpl implements Cluster {
                    private final State state = new State();

                    @Override
                    public String run() {
                        return state.stamp() + Workflow.currentTimeMillis();
                    }
                }
                """);

        AnalysisResult result = new Analyzer(CatalogRules.all(), DurableModel.builtIn())
                .analyze(new AnalysisRequest(List.of(root), List.of(), 1, LanguageLevel.JAVA_21));

        assertThat(result.unresolvedCalls()).extracting(UnresolvedCall::call).noneMatch(c -> c.contains("stamp"));
        assertThat(result.findings()).extracting(f -> f.file().getFileName() + ":" + f.range().beginLine() + ":" + f.ruleId())
                .containsExactly("ClusterImpl.java:10:" + CatalogRules.TIME);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
