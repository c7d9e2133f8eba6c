package dev.durablecheck.core.report;

import dev.durablecheck.core.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceExcerptTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("Handler.java");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void caretsSitUnderTheExpression() throws IOException {
        Path file = write("class A {\n    long t = System.nanoTime();\n}\n");

        assertThat(new SourceExcerpt().of(file, new TextRange(2, 14, 2, 30))).contains(java.util.List.of(
                "    long t = System.nanoTime();",
                "             ^~~~~~~~~~~~~~~~~"));
    }

    @Test
    void tabsAreKeptSoThatCaretsLineUp() throws IOException {
        Path file = write("class A {\n\t\tlong t = now();\n}\n");

        assertThat(new SourceExcerpt().of(file, new TextRange(2, 12, 2, 16)).orElseThrow().get(1)).isEqualTo("\t\t         ^~~~~");
    }

    @Test
    void aMultiLineExpressionIsUnderlinedToTheEndOfItsFirstLine() throws IOException {
        Path file = write("class A {\n    String s = call(a,\n        b);\n}\n");

        assertThat(new SourceExcerpt().of(file, new TextRange(2, 16, 3, 10)).orElseThrow().get(1))
                .isEqualTo("               ^~~~~~~");
    }

    @Test
    void controlCharactersInTheSourceNeverReachTheTerminal() throws IOException {
        Path file = write("class A {\n    String s = \"\u001B[31mred\u001B[0m\" + now();\n}\n");

        String source = new SourceExcerpt().of(file, new TextRange(2, 5, 2, 10)).orElseThrow().get(0);
        assertThat(source).doesNotContain("\u001B").contains("?[31mred?[0m");
    }

    @Test
    void aLineThatIsGoneGivesNoExcerpt() throws IOException {
        Path file = write("class A {}\n");

        assertThat(new SourceExcerpt().of(file, new TextRange(9, 1, 9, 2))).isEmpty();
        assertThat(new SourceExcerpt().of(dir.resolve("Missing.java"), new TextRange(1, 1, 1, 2))).isEmpty();
    }
}
