package cases.side_effect_outside_step;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a helper method that takes the DurableContext opens file streams and channels and
 * deletes a file. The helper is orchestration code itself, so each call is reported inside it,
 * and not again where handleRequest calls the helper.
 */
public class FileStreamsInHelperWithContext extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Path dir = Path.of("/tmp", "archive"); // ok: side-effect-outside-step -- Path.of only builds a path
        String header = archive(context, dir, input); // ok: side-effect-outside-step -- the sinks are reported inside the helper
        String stored = context.step("read-archive", String.class, stepCtx -> {
            Properties props = new Properties();
            try (var in = new FileInputStream(dir.resolve("archive.properties").toFile())) { // ok: side-effect-outside-step -- inside a step body
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return props.getProperty("payload");
        });
        return header + stored;
    }

    private String archive(DurableContext context, Path dir, String payload) {
        Path target = dir.resolve("archive.properties"); // ok: side-effect-outside-step -- Path.resolve is pure
        Path name = target.getFileName(); // ok: side-effect-outside-step -- Path.getFileName is pure
        Properties props = new Properties();
        props.setProperty("payload", payload);
        try {
            try (FileOutputStream out = new FileOutputStream(target.toFile())) { // expect: side-effect-outside-step
                props.store(out, "archived payload");
            }
            try (var in = new FileInputStream(target.toFile())) { // expect: side-effect-outside-step
                props.load(in);
            }
            // Opening in "rw" mode creates the journal file when it is missing.
            try (RandomAccessFile journal = new RandomAccessFile(dir.resolve("journal").toFile(), "rw")) { // expect: side-effect-outside-step
                context.getLogger().info("journal ready {}", journal);
            }
            try (FileChannel lock = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) { // expect: side-effect-outside-step
                context.getLogger().info("lock file ready {}", lock);
            }
            String header;
            try (BufferedReader reader = java.nio.file.Files.newBufferedReader(target)) { // expect: side-effect-outside-step
                header = reader.readLine();
            }
            Files.delete(dir.resolve(name + ".old")); // expect: side-effect-outside-step
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
