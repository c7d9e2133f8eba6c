package dev.durablecheck.core;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.filter.Baseline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What to analyse and how.
 *
 * @param paths files and folders; every {@code *.java} file below a folder is included
 * @param classpath jars whose types calls may resolve into
 * @param jobs worker threads, at least 1
 * @param languageLevel the Java version the sources are parsed as
 * @param configuration severities, catalog additions, wrappers and file globs
 * @param baseline findings to leave out as accepted, if any
 * @param contextPaths source folders or files that resolution and call-following may read but
 *     that are not analysed for findings of their own (a sibling module, the rest of a source root)
 * @param sourceEncoding the encoding the sources are written in (a byte-order mark overrides it);
 *     bytes that are not valid in it are read as ISO-8859-1, which keeps positions right
 * @param scope which of the files below {@code paths} this run analyses and reports on; the others
 *     are only read for resolution and call-following (another configuration's files)
 */
public record AnalysisRequest(List<Path> paths, List<Path> classpath, int jobs, LanguageLevel languageLevel,
                              Configuration configuration, Optional<BaselineUse> baseline, List<Path> contextPaths,
                              Charset sourceEncoding, Predicate<Path> scope) {

    public AnalysisRequest {
        paths = List.copyOf(paths);
        classpath = List.copyOf(classpath);
        contextPaths = List.copyOf(contextPaths);
        Objects.requireNonNull(sourceEncoding, "sourceEncoding");
        Objects.requireNonNull(scope, "scope");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
    }

    /** A request without configuration file and baseline. */
    public AnalysisRequest(List<Path> paths, List<Path> classpath, int jobs, LanguageLevel languageLevel) {
        this(paths, classpath, jobs, languageLevel, Configuration.defaults(), Optional.empty());
    }

    /** A request without context paths. */
    public AnalysisRequest(List<Path> paths, List<Path> classpath, int jobs, LanguageLevel languageLevel,
                           Configuration configuration, Optional<BaselineUse> baseline) {
        this(paths, classpath, jobs, languageLevel, configuration, baseline, List.of(), StandardCharsets.UTF_8, file -> true);
    }

    /** This request with source paths that are read for resolution but not analysed. */
    public AnalysisRequest withContextPaths(List<Path> context) {
        return new AnalysisRequest(paths, classpath, jobs, languageLevel, configuration, baseline, context, sourceEncoding,
                scope);
    }

    /** This request with sources read in {@code encoding} (UTF-8 unless said). */
    public AnalysisRequest withSourceEncoding(Charset encoding) {
        return new AnalysisRequest(paths, classpath, jobs, languageLevel, configuration, baseline, contextPaths, encoding,
                scope);
    }

    /** This request with {@code configuration}, analysing and reporting only the files {@code scope} accepts. */
    public AnalysisRequest withScope(Configuration configuration, Predicate<Path> scope) {
        return new AnalysisRequest(paths, classpath, jobs, languageLevel, configuration, baseline, contextPaths,
                sourceEncoding, scope);
    }

    /**
     * A baseline and the folder its fingerprints are relative to (the baseline file's own).
     */
    public record BaselineUse(Baseline baseline, Path folder) {

        /** Reads a baseline file, whose fingerprints are relative to its own folder. */
        public static BaselineUse read(Path file) throws IOException {
            Path absolute = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(absolute)) {
                throw new IOException(file + ": baseline file not found (create it with --write-baseline)");
            }
            return new BaselineUse(Baseline.read(absolute), absolute.getParent());
        }
    }

    /** A request with defaults: no classpath, one job per processor, Java 21 syntax. */
    public static AnalysisRequest of(List<Path> paths) {
        return new AnalysisRequest(paths, List.of(), Runtime.getRuntime().availableProcessors(), LanguageLevel.JAVA_21);
    }
}
