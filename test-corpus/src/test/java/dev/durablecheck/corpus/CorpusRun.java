package dev.durablecheck.corpus;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One analysis of the whole corpus, shared by the corpus tests. The SDK declarations are not
 * analysed: the analyzer must recognise the SDK without them, as it does in users' projects.
 */
final class CorpusRun {

    static final Path CASES = Path.of("src/test/java/cases").toAbsolutePath();
    static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    /** Declarations of third-party types (AWS SDK v2 clients) that cases call. */
    static final Path LIBRARY_DECLARATIONS = Path.of("src/test/java/software").toAbsolutePath();

    /**
     * The jars of the libraries the cases call, given as {@code --classpath} would give them, so
     * that calls such as {@code LogManager.getLogger("audit").error(..)} resolve. The SDK is not
     * among them.
     */
    static final List<Path> LIBRARY_JARS = Stream.of(org.slf4j.LoggerFactory.class,
                    org.apache.logging.log4j.LogManager.class, org.apache.commons.logging.LogFactory.class,
                    org.jboss.logging.Logger.class, com.amazonaws.services.lambda.runtime.Context.class,
                    io.temporal.workflow.Workflow.class)
            .map(CorpusRun::jarOf)
            .toList();

    static final AnalysisResult RESULT = Analyzer.withInstalledRules().analyze(
            new AnalysisRequest(List.of(CASES, EXAMPLES, LIBRARY_DECLARATIONS), LIBRARY_JARS, 2, LanguageLevel.JAVA_21));

    private CorpusRun() {
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type, e);
        }
    }

    /** Every case and example file, in a stable order. */
    static List<Path> caseFiles() {
        try (Stream<Path> cases = Files.walk(CASES); Stream<Path> examples = Files.walk(EXAMPLES)) {
            return Stream.concat(cases, examples)
                    .filter(p -> p.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
