package dev.durablecheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file named on its own is analysed with the rest of its source root in view: calls into its
 * neighbours are followed, and only findings in the named file are reported.
 */
class OneFileCommandTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private List<String> run(String... args) {
        StringWriter out = new StringWriter();
        DurableCheckCommand.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString().lines().toList();
    }

    private Path tree() throws IOException {
        write("src/main/java/com/acme/time/Clocks.java", """
                package com.acme.time;

                public final class Clocks {
                    public static long stamp() {
                        return System.currentTimeMillis();
                    }
                }
                """);
        write("src/main/java/com/acme/orders/OtherHandler.java", """
                package com.acme.orders;

                import java.util.UUID;
                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;

                public class OtherHandler extends DurableHandler<String, String> {
                    @Override
                    public String handleRequest(String in, DurableContext context) {
                        return in + UUID.randomUUID();
                    }
                }
                """);
        return write("src/main/java/com/acme/orders/OrderHandler.java", """
                package com.acme.orders;

                import com.acme.time.Clocks;
                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;

                public class OrderHandler extends DurableHandler<String, String> {
                    @Override
                    public String handleRequest(String in, DurableContext context) {
                        return in + Clocks.stamp();
                    }
                }
                """);
    }

    @Test
    void aNamedFileSeesItsNeighboursAndReportsOnlyItself() throws IOException {
        Path handler = tree();

        List<String> lines = run("--no-color", handler.toString());

        assertThat(lines).filteredOn(l -> !l.startsWith(" ")).hasSize(2);
        assertThat(lines.get(0)).contains("OrderHandler.java:10:21: error: 'System.currentTimeMillis()' (reached through 'Clocks.stamp()')")
                .endsWith("[nondeterministic-time]");
        assertThat(lines.get(2)).contains("Clocks.java:5:16: System.currentTimeMillis()");
        assertThat(lines).noneMatch(l -> l.contains("OtherHandler"));
        assertThat(lines.get(lines.size() - 1)).startsWith("1 finding (1 error, 0 warnings, 0 notes) in 1 file");
    }

    @Test
    void aGivenSourceRootReplacesTheInferredOne() throws IOException {
        Path handler = tree();
        Path elsewhere = Files.createDirectories(dir.resolve("empty-root"));

        List<String> lines = run("--no-color", "--source-root", elsewhere.toString(), handler.toString());

        // Without its real root in view, the helper cannot be followed: nothing is reported.
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("No findings in 1 file");
    }
}
