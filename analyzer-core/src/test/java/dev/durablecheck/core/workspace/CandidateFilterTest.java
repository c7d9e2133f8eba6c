package dev.durablecheck.core.workspace;

import dev.durablecheck.core.model.DurableModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateFilterTest {

    private static final CandidateFilter FILTER = new CandidateFilter(DurableModel.awsLambdaDurableJava(), List.of());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `import software.amazon.lambda.durable.DurableContext; class A {}`       | true
            `import software.amazon.lambda.durable.*; class A {}`                    | true
            `class A { void m(software.amazon.lambda.durable.StepContext s) {} }`     | true
            `class A { void m(DurableContext ctx) {} }`                              | true
            `class A { void run(Runnable r) { r.run(); } }`                          | false
            `import software.amazon.lambda.StepContext; class A {}`                  | false
            `class A { /* durablecontext in lower case */ }`                         | false
            ``                                                                       | false
            """)
    void keepsFilesThatMentionTheContextTypeOrTheRuntimePackage(String text, boolean candidate) {
        SourceFile file = new SourceFile(Path.of("/src/A.java"), text, null, "");

        assertThat(FILTER.mayHoldDurableCode(file)).isEqualTo(candidate);
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource({"AccessDeniedException", "MalformedInputException"})
    void keepsUnreadableFilesSoThatTheirProblemIsReported(String problem) {
        SourceFile file = new SourceFile(Path.of("/src/A.java"), null, problem, "");

        assertThat(FILTER.mayHoldDurableCode(file)).isTrue();
    }
}
