package dev.durablecheck.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The parse ceiling: reads and parses every {@code *.java} file under a folder with JavaParser
 * (language level JAVA_21, no symbol resolution), in one JVM, on as many threads as durable-check uses
 * by default (one parser per thread: JavaParser is not thread-safe). Prints one line of JSON:
 * files, lines, files that did not parse, and the wall time of reading and parsing in milliseconds.
 *
 * <p>Usage: {@code RawParse FOLDER [--jobs N]}
 */
public final class RawParse {

    private RawParse() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: RawParse FOLDER [--jobs N]");
        }
        Path root = Path.of(args[0]);
        int jobs = Runtime.getRuntime().availableProcessors();
        if (args.length == 3 && args[1].equals("--jobs")) {
            jobs = Integer.parseInt(args[2]);
        }
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger lines = new AtomicInteger();
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(
                new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)));
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (Path file : files) {
                work.add(pool.submit(() -> {
                    String text;
                    try {
                        text = Files.readString(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    lines.addAndGet((int) text.lines().count());
                    ParseResult<CompilationUnit> result = parsers.get().parse(text);
                    if (!result.isSuccessful()) {
                        failed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "{\"files\": %d, \"lines\": %d, \"failed\": %d, \"jobs\": %d, \"parseMillis\": %d}%n",
                files.size(), lines.get(), failed.get(), jobs, millis);
    }
}
