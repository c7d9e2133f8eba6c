package dev.durablecheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a child process and measures the whole process: wall time and peak resident set
 * size and CPU time, from GNU time ({@code /usr/bin/time -f "%e %M %U %S"}) when it is installed, otherwise wall time
 * only. Standard output and error go to files next to each other.
 */
final class ChildProcess {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** One measured run: wall seconds, CPU seconds (user + system; -1 when unknown), peak RSS in MiB (-1 when unknown), exit code, output files. */
    record Run(double wallSeconds, double cpuSeconds, double peakRssMb, int exitCode, Path stdout, Path stderr) {

        String stderrTail() {
            try {
                List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            } catch (IOException e) {
                return "(no stderr: " + e.getMessage() + ")";
            }
        }

        String stdoutText() throws IOException {
            return Files.readString(stdout, StandardCharsets.UTF_8);
        }
    }

    private ChildProcess() {
    }

    static Run run(List<String> command, Path workDir, Path logPrefix) throws IOException, InterruptedException {
        Path out = Path.of(logPrefix + ".out");
        Path err = Path.of(logPrefix + ".err");
        Path timing = Path.of(logPrefix + ".time");
        Files.deleteIfExists(timing);
        List<String> full = new ArrayList<>();
        boolean gnu = Files.isExecutable(GNU_TIME);
        if (gnu) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %M %U %S", "-o", timing.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        double rss = -1;
        double cpu = -1;
        if (gnu && Files.exists(timing)) {
            // GNU time writes "Command exited with non-zero status N" first when the command fails.
            List<String> lines = Files.readAllLines(timing, StandardCharsets.UTF_8);
            String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
            wall = Double.parseDouble(f[0]);
            rss = Long.parseLong(f[1]) / 1024.0;
            cpu = Double.parseDouble(f[2]) + Double.parseDouble(f[3]);
        }
        return new Run(wall, cpu, rss, code, out, err);
    }
}
