package dev.durablecheck.maven;

import dev.durablecheck.core.report.AtomicFile;
import dev.durablecheck.core.report.Report;
import dev.durablecheck.core.report.SarifReporter;
import org.apache.maven.execution.MavenExecutionRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * The reactor's SARIF in one file, one run per module in reactor order, so that CI uploads one
 * file. It is rewritten as each module finishes, so a build that fails on a module still leaves
 * the runs of the modules checked so far. Runs are kept per build (its request, which parallel
 * builds share) and die with it.
 */
final class AggregateSarif {

    private static final Map<MavenExecutionRequest, Map<Path, SortedMap<Integer, Report>>> RUNS = new WeakHashMap<>();

    private AggregateSarif() {
    }

    /** Adds the module at {@code reactorIndex} and rewrites {@code file} with every run added in this build. */
    static void add(MavenExecutionRequest build, Path file, int reactorIndex, Report report) throws IOException {
        synchronized (RUNS) {
            SortedMap<Integer, Report> runs = RUNS.computeIfAbsent(build, b -> new HashMap<>())
                    .computeIfAbsent(file.toAbsolutePath().normalize(), f -> new TreeMap<>());
            runs.put(reactorIndex, report);
            List<Report> ordered = List.copyOf(runs.values());
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, out -> new SarifReporter().writeRuns(ordered, out));
        }
    }
}
