package dev.durablecheck.corpus;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    static final AnalysisResult RESULT = Analyzer.withInstalledRules().analyze(
            new AnalysisRequest(List.of(CASES, EXAMPLES, LIBRARY_DECLARATIONS), List.of(), 2, LanguageLevel.JAVA_21));

    private CorpusRun() {
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
