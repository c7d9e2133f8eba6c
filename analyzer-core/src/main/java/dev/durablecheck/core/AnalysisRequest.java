package dev.durablecheck.core;

import com.github.javaparser.ParserConfiguration.LanguageLevel;

import java.nio.file.Path;
import java.util.List;

/**
 * What to analyse and how.
 *
 * @param paths files and folders; every {@code *.java} file below a folder is included
 * @param classpath jars whose types calls may resolve into
 * @param jobs worker threads, at least 1
 * @param languageLevel the Java version the sources are parsed as
 */
public record AnalysisRequest(List<Path> paths, List<Path> classpath, int jobs, LanguageLevel languageLevel) {

    public AnalysisRequest {
        paths = List.copyOf(paths);
        classpath = List.copyOf(classpath);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
    }

    /** A request with defaults: no classpath, one job per processor, Java 21 syntax. */
    public static AnalysisRequest of(List<Path> paths) {
        return new AnalysisRequest(paths, List.of(), Runtime.getRuntime().availableProcessors(), LanguageLevel.JAVA_21);
    }
}
