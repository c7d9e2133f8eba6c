package dev.durablecheck.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.durablecheck.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --format html} on a tree with a finding reached through a helper and a file whose name
 * and source try to close the page's script: the page lists them with excerpts, and is the same
 * bytes for any number of worker threads.
 */
class HtmlReportCommandTest {

    private static final String HOSTILE = "</script><script>alert(1)</script>";

    private static final String HANDLER = """
            package app;

            import software.amazon.lambda.durable.DurableContext;
            import software.amazon.lambda.durable.DurableHandler;

            public class Handler extends DurableHandler<String, String> {
                @Override
                public String handleRequest(String input, DurableContext context) {
                    Audit.record(input);
                    // durable-check:ignore environment-read -- the stage is fixed per deployment
                    String stage = System.getenv("STAGE");
                    return input + stage;
                }
            }
            """;

    private static final String AUDIT = """
            package app;

            import java.time.Instant;

            final class Audit {
                static long record(String what) {
                    return Instant.now().toEpochMilli();
                }
            }
            """;

    /** Reads the environment under a key that would end the page's script if written as it is. */
    private static final String EVIL = """
            package app;

            import software.amazon.lambda.durable.DurableContext;

            public class Evil {
                String run(DurableContext context) {
                    return System.getenv("HOSTILE");
                }
            }
            """.replace("HOSTILE", HOSTILE);

    @TempDir
    Path dir;

    @Test
    void theReportIsTheSameForOneAndFourJobsAndListsEveryFindingAsText() throws IOException {
        write("app/Handler.java", HANDLER);
        write("app/Audit.java", AUDIT);
        Path evil = write("app/" + HOSTILE + ".java", EVIL);

        CommandRun one = run("--format", "html", "--jobs", "1", dir.toString());
        CommandRun four = run("--format", "html", "--jobs", "4", dir.toString());

        assertThat(one.exitCode()).isEqualTo(DurableCheckCommand.FINDINGS);
        assertThat(four.exitCode()).isEqualTo(one.exitCode());
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(one.out()).startsWith("<!DOCTYPE html>\n");
        // A machine format: the summary goes to stderr, and nothing else.
        assertThat(one.err().strip()).startsWith("2 findings (1 error, 1 warning, 0 notes) in 3 files");

        Document doc = Jsoup.parse(one.out());
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("#findings article.finding").eachAttr("data-rule"))
                .containsExactlyInAnyOrder("nondeterministic-time", "environment-read");

        Element chained = doc.selectFirst("#findings article.finding[data-rule=nondeterministic-time]");
        assertThat(chained.select("ol.chain > li.hop code.call").eachText())
                .containsExactly("Audit.record(input) -> Audit.record(String)", "Instant.now()");
        assertThat(chained.select("ol.chain > li.hop pre.excerpt mark").eachText()).containsExactly("Audit.record(input)", "Instant.now()");

        Element hostile = doc.selectFirst("#findings article.finding[data-rule=environment-read]");
        assertThat(hostile.parent().attr("data-file")).endsWith("app/" + HOSTILE + ".java")
                .isEqualTo(evil.toAbsolutePath().normalize().toString().replace('\\', '/'));
        assertThat(hostile.selectFirst(".message").text()).startsWith("'System.getenv(\"" + HOSTILE + "\")'");
        assertThat(hostile.selectFirst("pre.excerpt mark").text()).isEqualTo("System.getenv(\"" + HOSTILE + "\")");

        Element suppressed = doc.selectFirst("#suppressed details article.finding");
        assertThat(suppressed.selectFirst(".reason").text()).isEqualTo("Suppressed by a comment: the stage is fixed per deployment");
    }

    @Test
    void includeSuppressedIsNoMistakeWithHtmlWhichAlwaysListsSuppressedFindings() throws IOException {
        write("app/Handler.java", HANDLER);
        write("app/Audit.java", AUDIT);
        Path report = dir.resolve("out/report.html");

        CommandRun r = run("--format", "html", "--include-suppressed", "--output", report.toString(), dir.resolve("app").toString());

        assertThat(r.out()).isEmpty();
        assertThat(r.err()).doesNotContain("durable-check: warning");
        assertThat(Jsoup.parse(Files.readString(report)).select("#suppressed article.finding")).hasSize(1);
    }

    private Path write(String relative, String source) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source);
    }
}
