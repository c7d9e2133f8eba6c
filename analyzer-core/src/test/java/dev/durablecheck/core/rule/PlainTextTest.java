package dev.durablecheck.core.rule;

import dev.durablecheck.core.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @Test
    void markdownBecomesTextThatReadsTheSameShownVerbatim() {
        String markdown = """
                # nondeterministic-time

                Severity: **error** · See [`parse-error`](parse-error.md).

                Counted in the summary (`N calls in orchestration
                code could not be resolved`) and listed by `--verbose`.

                ```java
                Instant now = Instant.now();  // `flagged`
                ```
                """;

        assertThat(PlainText.of(markdown)).isEqualTo("""
                nondeterministic-time

                Severity: error · See parse-error (parse-error.md).

                Counted in the summary (N calls in orchestration
                code could not be resolved) and listed by --verbose.

                    Instant now = Instant.now();  // `flagged`
                """);
    }

    @Test
    void theFullDescriptionIsTheFirstParagraphThatSaysMoreThanTheSummary() {
        RuleDocumentation doc = new RuleDocumentation(
                new RuleDescriptor("duplicate-operation-name", Severity.WARNING, "Same name twice", "B"),
                """
                # duplicate-operation-name

                Severity: **warning** · Group: B

                Same name twice.

                ## What it flags

                - **The same constant twice:** two `step` calls.
                - **A constant inside a loop:** every iteration.
                """);

        assertThat(doc.fullDescription())
                .isEqualTo("**The same constant twice:** two `step` calls. **A constant inside a loop:** every iteration.");
        assertThat(doc.fullDescriptionText())
                .isEqualTo("The same constant twice: two step calls. A constant inside a loop: every iteration.");
    }
}
