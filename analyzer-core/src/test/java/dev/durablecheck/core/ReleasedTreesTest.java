package dev.durablecheck.core;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.testsupport.CatalogRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analysed file's tree is let go once its analysis is done. What the run reports later must not
 * depend on it: its suppressions are still honoured, and a handler analysed afterwards that reaches
 * into the released file gets its chain through a fresh parse.
 */
class ReleasedTreesTest {

    @TempDir
    Path root;

    @Test
    void aReleasedHandlerKeepsItsSuppressionsAndCanStillBeReachedInto() throws Exception {
        // With one worker the files are analysed in path order: AlphaHandler first, then released.
        write("app/AlphaHandler.java", """
                package app;

                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;
                import java.time.Instant;

                public class AlphaHandler extends DurableHandler<String, String> {

                    static long stamp() {
                        return System.currentTimeMillis();
                    }

                    @Override
                    public String handleRequest(String input, DurableContext context) {
                        // durable-check:ignore test-time -- logged for the operator only
                        return input + Instant.now();
                    }
                }
                """);
        write("app/BetaHandler.java", """
                package app;

                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;

                public class BetaHandler extends DurableHandler<String, String> {

                    @Override
                    public String handleRequest(String input, DurableContext context) {
                        return input + AlphaHandler.stamp();
                    }
                }
                """);

        write("app/GammaHandler.java", """
                package app;

                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;
                import java.time.Instant;

                public class GammaHandler extends DurableHandler<String, String> {

                    @Override
                    public String handleRequest(String input, DurableContext context) {
                        // durable-check:ignore test-time -- nothing reaches this file, so its tree is not parsed again
                        return input + Instant.now();
                    }
                }
                """);

        AnalysisResult result = CatalogRules.analyzer()
                .analyze(new AnalysisRequest(List.of(root), List.of(), 1, LanguageLevel.JAVA_21));

        assertThat(result.suppressed()).extracting(s -> s.finding().file().getFileName().toString())
                .containsExactly("AlphaHandler.java", "GammaHandler.java");
        assertThat(result.findings()).hasSize(1);
        Finding reached = result.findings().get(0);
        assertThat(reached.file().getFileName()).hasToString("BetaHandler.java");
        assertThat(reached.chain()).extracting(hop -> hop.file().getFileName().toString() + ":" + hop.range().beginLine())
                .containsExactly("BetaHandler.java:10", "AlphaHandler.java:10");
        assertThat(result.unanalysed()).isEmpty();
        assertThat(result.internalErrors()).isEmpty();
    }

    private void write(String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
