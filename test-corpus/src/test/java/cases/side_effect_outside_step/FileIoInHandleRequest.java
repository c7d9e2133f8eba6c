package cases.side_effect_outside_step;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: file reads and writes written directly in handleRequest. A replay may run in
 * another execution environment, and every replay repeats the write, so each I/O call is
 * reported; building paths and {@code File} objects is pure and stays silent.
 */
public class FileIoInHandleRequest extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        Path config = Paths.get("/tmp", "config.json"); // ok: side-effect-outside-step -- Paths.get only builds a path
        Path report = config.resolveSibling("report.txt"); // ok: side-effect-outside-step -- resolving a path touches no file
        File marker = new File("/tmp/marker"); // ok: side-effect-outside-step -- a File is a path object, no I/O happens
        String markerName = marker.getName(); // ok: side-effect-outside-step -- reading a path component is pure
        try {
            String text = Files.readString(config); // expect: side-effect-outside-step
            List<String> lines = Files.readAllLines(config); // expect: side-effect-outside-step
            Files.writeString(report, text + lines.size()); // expect: side-effect-outside-step

            String firstLine;
            try (BufferedReader reader = new BufferedReader(new FileReader(marker))) { // expect: side-effect-outside-step
                firstLine = reader.readLine(); // ok: side-effect-outside-step -- readLine on a BufferedReader is not a catalog sink
            }
            try (BufferedWriter writer = new BufferedWriter(new FileWriter(marker, true))) { // expect: side-effect-outside-step
                writer.write(input); // ok: side-effect-outside-step -- write on a BufferedWriter is not a catalog sink
            }

            String saved = context.step("save-report", String.class, stepCtx -> {
                try {
                    Files.writeString(report, input); // ok: side-effect-outside-step -- inside a step body
                    return Files.readString(report); // ok: side-effect-outside-step -- inside a step body
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return saved + firstLine + markerName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
