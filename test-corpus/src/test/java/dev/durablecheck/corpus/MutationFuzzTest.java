package dev.durablecheck.corpus;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.ParseErrors;
import dev.durablecheck.core.UnanalysedFile;
import dev.durablecheck.core.model.DurableModel;
import net.jqwik.api.Disabled;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutation fuzzing of the corpus: every try writes a batch of {@value #MUTANTS_PER_TRY} mutants of
 * the case and example files (bytes deleted, a range duplicated, bytes flipped, the file truncated,
 * a stray merge-conflict line inserted, two lines swapped; one to three of these per mutant) and
 * analyses the batch in one run. The analyzer must survive every mutant: no exception escapes, no
 * rule or resolution fails, no file is lost or given up, every {@code parse-error} names a mutant,
 * and no batch takes longer than {@link #BATCH_BUDGET}. The one exception: a file on which JavaParser
 * alone spends a fifth of {@link #FILE_BUDGET} or more (it backtracks exponentially on some broken
 * inputs; an ordinary file takes milliseconds) may be given up, reported as
 * {@code analysis-incomplete}, while the run completes.
 *
 * <p>The property's seed is fixed, so that CI runs the same {@value #TRIES} &times;
 * {@value #MUTANTS_PER_TRY} mutants every time. A failure names the batch seed; a batch is
 * rebuilt from it alone with {@link #checkBatch(long)} (for instance from an {@code @Example}), and
 * the failing batch's files are kept under {@code target/} for inspection.
 */
class MutationFuzzTest {

    static final int TRIES = 50;
    static final int MUTANTS_PER_TRY = 200;
    /** Soft bound of one batch's analysis; exceeding it fails the try, naming its seed. */
    static final Duration BATCH_BUDGET = Duration.ofSeconds(60);
    /** The analyzer's per-file budget here; JavaParser alone gets a fifth of it on a file given up. */
    static final Duration FILE_BUDGET = Duration.ofSeconds(10);
    /**
     * Hard bound: past it the analysis is deemed hung, the try fails with the threads' stacks and
     * the run goes on (the analysis threads are daemons). Larger than the analyzer's per-file budget,
     * so that a slow file is reported by the analyzer as given up first.
     */
    static final Duration HANG_BOUND = Duration.ofSeconds(180);
    private static final int JOBS = 2;

    private static final Path CASES = Path.of("src/test/java/cases").toAbsolutePath();
    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    private static final Path LIBRARY_DECLARATIONS = Path.of("src/test/java/software").toAbsolutePath();
    private static final Path WORK = Path.of("target").toAbsolutePath();
    private static final List<Path> LIBRARY_JARS = Stream.of(org.slf4j.LoggerFactory.class,
                    org.apache.logging.log4j.LogManager.class, org.apache.commons.logging.LogFactory.class,
                    org.jboss.logging.Logger.class, com.amazonaws.services.lambda.runtime.Context.class)
            .map(MutationFuzzTest::jarOf)
            .toList();

    private static final List<Original> ORIGINALS = originals();
    private static final List<byte[]> LIBRARY_SOURCES = javaFilesBelow(LIBRARY_DECLARATIONS).stream()
            .map(MutationFuzzTest::bytes).toList();
    private static final List<String> MARKERS = DurableModel.builtIn().textualMarkers();
    private static final List<String> ENTRY_ANNOTATIONS = DurableModel.builtIn().entryAnnotations().stream()
            .map(name -> "@" + name.substring(name.lastIndexOf('.') + 1)).toList();
    private static final Pattern DECLARED_TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+([\\w$]+)");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\w$]+");
    private static final Analyzer ANALYZER = Analyzer.withInstalledRules().withFileBudget(FILE_BUDGET);
    private static final byte[] CONFLICT_LINE = "<<<<<<< HEAD\n".getBytes(StandardCharsets.US_ASCII);

    private static final Stats STATS = new Stats();

    @Property(tries = TRIES, seed = "42", generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE,
            shrinking = ShrinkingMode.OFF)
    void theAnalyzerSurvivesEveryMutantOfTheCorpus(@ForAll long batchSeed) throws IOException {
        checkBatch(batchSeed);
    }

    /**
     * The batch of the property run (seed 42) that first failed: its mutant {@code m055} of
     * {@code cases/blocking_sleep/FullyQualifiedAndStaticImport.java} lost bytes 136 to 210, which
     * left the line {@code import static on;}. The seed rebuilds the batch from the corpus as it is
     * now; {@link #aSingleNameStaticImportBreaksNoAnalysis()} holds the bug in a few lines.
     */
    @Example
    void batchWithASingleNameStaticImport() throws IOException {
        checkBatch(-256542L);
    }

    /**
     * The bug of {@link #batchWithASingleNameStaticImport()} in two small files: JavaParser accepts
     * {@code import static on;} (javac does not), and building the import scope of a file that holds it
     * throws. Not only that file fails: every rule fails on each file whose calls lead into it, so the
     * handler's finding through {@code Helper.now()} is lost.
     */
    @Example
    void aSingleNameStaticImportBreaksNoAnalysis() throws IOException {
        Files.createDirectories(WORK);
        Path dir = Files.createTempDirectory(WORK, "mutation-fuzz-static-import-");
        try {
            Path handler = dir.resolve("p/Handler.java");
            Files.createDirectories(handler.getParent());
            Files.writeString(handler, """
                    package p;

                    import software.amazon.lambda.durable.DurableContext;

                    class Handler {
                        long handle(Object input, DurableContext context) {
                            return Helper.now();
                        }
                    }
                    """);
            Files.writeString(dir.resolve("p/Helper.java"), """
                    package p;

                    import static on;

                    public class Helper {
                        public static long now() {
                            return System.currentTimeMillis();
                        }
                    }
                    """);
            Path alone = dir.resolve("q/Alone.java");
            Files.createDirectories(alone.getParent());
            Files.writeString(alone, """
                    import static on;
                    import software.amazon.lambda.durable.DurableContext;

                    class Alone {
                        String handle(DurableContext context) {
                            return "";
                        }
                    }
                    """);
            AnalysisResult result = ANALYZER.analyze(new AnalysisRequest(List.of(dir), List.of(), 1, LanguageLevel.JAVA_21));
            if (!result.internalErrors().isEmpty() || !result.unanalysed().isEmpty()) {
                fail("internal errors: " + result.internalErrors() + ", files not analysed: " + result.unanalysed());
            }
            if (result.findings().stream().noneMatch(f -> f.file().equals(handler) && f.ruleId().equals("nondeterministic-time"))) {
                fail("the time read through Helper.now() was not reported: " + result.findings());
            }
        } finally {
            deleteTree(dir);
        }
    }

    @AfterContainer
    static void summary() {
        if (STATS.batches.get() > 0) {
            System.out.printf("MutationFuzzTest: %d mutants in %d batches, analysis %.1f s in all, slowest batch %.1f s;"
                            + " %d parse errors, %d other findings, %d ISO-8859-1 fallbacks, %d binary mutants,"
                            + " %d given up because JavaParser alone does not finish them%n",
                    STATS.mutants.get(), STATS.batches.get(), STATS.analysisNanos.get() / 1e9,
                    STATS.slowestNanos.get() / 1e9, STATS.parseErrors.get(), STATS.otherFindings.get(),
                    STATS.fallbacks.get(), STATS.binary.get(), STATS.parserGaveUp.get());
        }
    }

    /** Writes the batch of mutants that {@code batchSeed} chooses, analyses it and checks the outcome. */
    static void checkBatch(long batchSeed) throws IOException {
        Files.createDirectories(WORK);
        Path dir = Files.createTempDirectory(WORK, "mutation-fuzz-" + Long.toHexString(batchSeed) + "-");
        boolean passed = false;
        try {
            List<Mutant> mutants = writeBatch(batchSeed, dir);
            check(batchSeed, dir, mutants);
            passed = true;
        } finally {
            if (passed) {
                deleteTree(dir);
            }
        }
    }

    private static List<Mutant> writeBatch(long batchSeed, Path dir) throws IOException {
        Random random = new Random(batchSeed);
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < MUTANTS_PER_TRY; i++) {
            Original original = ORIGINALS.get(random.nextInt(ORIGINALS.size()));
            byte[] content = original.bytes();
            List<String> steps = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int s = 0; s < count; s++) {
                Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
                StringBuilder step = new StringBuilder();
                content = mutation.apply(content, random, step);
                steps.add(step.toString());
            }
            // Each mutant in its own folder under its original's name, so that the workspace's
            // index of type names and cross-file resolution see the names the cases use.
            Path file = dir.resolve(String.format("m%03d", i)).resolve(original.path().getFileName());
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            mutants.add(new Mutant(file, original.relative(), String.join(", ", steps), isCandidate(content)));
        }
        return mutants;
    }

    private static void check(long batchSeed, Path dir, List<Mutant> mutants) {
        AnalysisRequest request = new AnalysisRequest(List.of(dir, LIBRARY_DECLARATIONS), LIBRARY_JARS, JOBS,
                LanguageLevel.JAVA_21);
        String reproduce = "batch seed " + batchSeed + "L (MutationFuzzTest.checkBatch(" + batchSeed
                + "L) rebuilds it; its files are kept in " + dir + ")";

        ExecutorService runner = daemonExecutor("mutation-fuzz-analysis", 0);
        long start = System.nanoTime();
        AnalysisResult result;
        try {
            Future<AnalysisResult> running = runner.submit(() -> ANALYZER.analyze(request));
            try {
                result = running.get(HANG_BOUND.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                running.cancel(true);
                fail("analysis did not return within " + HANG_BOUND.toSeconds() + " s: " + reproduce + "\n"
                        + analysisStacks() + "\n" + describe(mutants));
                return;
            } catch (ExecutionException e) {
                throw new AssertionError("analysis threw " + e.getCause() + ": " + reproduce + "\n" + describe(mutants),
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted: " + reproduce, e);
            }
        } finally {
            runner.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        STATS.record(mutants, result, elapsed);

        List<String> problems = new ArrayList<>();
        Map<Path, Mutant> byPath = new TreeMap<>();
        mutants.forEach(m -> byPath.put(m.file(), m));
        boolean parserGaveUp = false;

        for (String error : result.internalErrors()) {
            problems.add("internal error: " + error + origin(error, mutants));
        }
        for (UnanalysedFile file : result.unanalysed()) {
            if (!file.isIncomplete()) {
                continue;
            }
            Mutant mutant = byPath.get(file.file());
            boolean overBudget = file.reason().contains("did not finish within");
            if (overBudget && mutant != null && !parserFinishes(mutant.file())) {
                parserGaveUp = true;
                STATS.parserGaveUp.incrementAndGet();
            } else {
                problems.add("analysis incomplete: " + file.file() + ": " + file.reason() + origin(file.file().toString(), mutants));
            }
        }
        int libraryCandidates = (int) LIBRARY_SOURCES.stream().filter(MutationFuzzTest::isCandidate).count();
        int expectedScanned = mutants.size() + LIBRARY_SOURCES.size();
        int expectedAnalysed = (int) mutants.stream().filter(Mutant::candidate).count() + libraryCandidates;
        Set<Path> implementations = possibleEntryImplementations(mutants);
        if (result.filesScanned() != expectedScanned) {
            problems.add("files scanned: " + result.filesScanned() + ", expected " + expectedScanned
                    + " (" + mutants.size() + " mutants and " + LIBRARY_SOURCES.size() + " library declarations)");
        }
        if (result.filesAnalysed() < expectedAnalysed || result.filesAnalysed() > expectedAnalysed + implementations.size()) {
            problems.add("files analysed: " + result.filesAnalysed() + ", expected the " + expectedAnalysed
                    + " candidates written and up to " + implementations.size() + " implementations of entry interfaces");
        }
        for (Finding finding : result.findings()) {
            if (finding.ruleId().equals(ParseErrors.DESCRIPTOR.id())) {
                Mutant mutant = byPath.get(finding.file());
                if (mutant == null) {
                    problems.add("parse-error on a file that is not a mutant of the batch: " + finding.file()
                            + ": " + finding.message());
                } else if (!mutant.candidate() && !implementations.contains(mutant.file())) {
                    problems.add("parse-error on a mutant that is not a candidate: " + mutant);
                }
            } else if (!byPath.containsKey(finding.file()) && !finding.file().startsWith(LIBRARY_DECLARATIONS)) {
                problems.add("finding on a file outside the run: " + finding.file() + ": " + finding.ruleId());
            }
        }
        if (elapsed > BATCH_BUDGET.toNanos() && !parserGaveUp) {
            problems.add(String.format("the batch took %.1f s, over its budget of %d s", elapsed / 1e9,
                    BATCH_BUDGET.toSeconds()));
        }
        if (!problems.isEmpty()) {
            fail(reproduce + "\n" + String.join("\n", problems));
        }
    }

    /** Whether the analyzer must analyse these bytes in full, worked out independently of its workspace code. */
    static boolean isCandidate(byte[] content) {
        boolean utf16 = content.length >= 2 && (((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)
                || ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE));
        if (utf16) {
            String text = new String(content, 2, content.length - 2,
                    (content[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
            return MARKERS.stream().anyMatch(text::contains);
        }
        for (byte b : content) {
            if (b == 0) {
                return true; // binary: unreadable, so reported rather than skipped
            }
        }
        // The markers are ASCII, and ASCII bytes stand for themselves in UTF-8 and ISO-8859-1 alike.
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return MARKERS.stream().anyMatch(text::contains);
    }

    /**
     * The mutants without markers that the analyzer may still analyse in full: an implementation of an
     * entry interface (a Temporal workflow class that imports nothing of Temporal's) is a candidate
     * when it names, as a supertype, a type that a marked file with an entry annotation declares. A
     * mutant of such a file that lost its imports is one. Worked out from the text alone, so over
     * the mark: every unmarked mutant that mentions such a type's name counts.
     */
    private static Set<Path> possibleEntryImplementations(List<Mutant> mutants) {
        Set<String> entryTypes = new HashSet<>();
        for (Mutant mutant : mutants) {
            String text = text(mutant.file());
            if (mutant.candidate() && ENTRY_ANNOTATIONS.stream().anyMatch(text::contains)) {
                DECLARED_TYPE.matcher(text).results().forEach(m -> entryTypes.add(m.group(2)));
            }
        }
        Set<Path> possible = new HashSet<>();
        for (Mutant mutant : mutants) {
            if (!mutant.candidate()
                    && IDENTIFIER.matcher(text(mutant.file())).results().anyMatch(m -> entryTypes.contains(m.group()))) {
                possible.add(mutant.file());
            }
        }
        return possible;
    }

    private static String text(Path file) {
        return new String(bytes(file), StandardCharsets.ISO_8859_1);
    }

    /** The ways a mutant differs from its original. Each appends a short account of what it did. */
    enum Mutation {
        DELETE {
            @Override
            byte[] apply(byte[] in, Random random, StringBuilder log) {
                if (in.length == 0) {
                    log.append("delete(empty)");
                    return in;
                }
                int start;
                int length;
                if (random.nextInt(3) == 0) {
                    // whole lines, which often leaves a file that still parses and so reaches the rules
                    List<Integer> starts = lineStarts(in);
                    int first = random.nextInt(starts.size());
                    int last = Math.min(starts.size(), first + 1 + random.nextInt(4));
                    start = starts.get(first);
                    length = (last < starts.size() ? starts.get(last) : in.length) - start;
                } else {
                    start = random.nextInt(in.length);
                    length = random.nextBoolean() ? 1 : 1 + random.nextInt(Math.min(in.length - start, 256));
                }
                log.append("delete[").append(start).append(',').append(start + length).append(')');
                return concat(Arrays.copyOfRange(in, 0, start), Arrays.copyOfRange(in, start + length, in.length));
            }
        },
        DUPLICATE {
            @Override
            byte[] apply(byte[] in, Random random, StringBuilder log) {
                if (in.length == 0) {
                    log.append("duplicate(empty)");
                    return in;
                }
                int start;
                int length;
                if (random.nextInt(3) == 0) {
                    // whole lines, as a copy-paste would
                    List<Integer> starts = lineStarts(in);
                    int first = random.nextInt(starts.size());
                    int last = Math.min(starts.size(), first + 1 + random.nextInt(8));
                    start = starts.get(first);
                    length = (last < starts.size() ? starts.get(last) : in.length) - start;
                } else {
                    start = random.nextInt(in.length);
                    length = 1 + random.nextInt(Math.min(in.length - start, 2048));
                }
                int at = random.nextBoolean() ? start + length : random.nextInt(in.length + 1);
                int times = random.nextInt(8) == 0 ? 2 + random.nextInt(20) : 1;
                log.append("duplicate[").append(start).append(',').append(start + length).append(")x").append(times)
                        .append("@").append(at);
                byte[] range = Arrays.copyOfRange(in, start, start + length);
                ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + times * length);
                out.write(in, 0, at);
                for (int i = 0; i < times; i++) {
                    out.writeBytes(range);
                }
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
        },
        FLIP {
            @Override
            byte[] apply(byte[] in, Random random, StringBuilder log) {
                byte[] out = in.clone();
                int flips = in.length == 0 ? 0 : 1 + random.nextInt(8);
                log.append("flip");
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(out.length);
                    byte before = out[at];
                    out[at] = random.nextBoolean() ? (byte) (before ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
                    log.append(String.format("@%d:%02x->%02x", at, before & 0xFF, out[at] & 0xFF));
                }
                return out;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] in, Random random, StringBuilder log) {
                int at = random.nextInt(in.length + 1);
                log.append("truncate@").append(at);
                return Arrays.copyOf(in, at);
            }
        },
        CONFLICT_MARKER {
            @Override
            byte[] apply(byte[] in, Random random, StringBuilder log) {
                List<Integer> starts = lineStarts(in);
                int at = starts.get(random.nextInt(starts.size()));
                log.append("conflict-marker@").append(at);
                return concat(Arrays.copyOfRange(in, 0, at), CONFLICT_LINE, Arrays.copyOfRange(in, at, in.length));
            }
        },
        SWAP_LINES {
            @Override
            byte[] apply(byte[] in, Random random, StringBuilder log) {
                List<byte[]> lines = lines(in);
                int a = random.nextInt(lines.size());
                int b = random.nextInt(lines.size());
                log.append("swap-lines ").append(a + 1).append("<->").append(b + 1);
                byte[] first = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, first);
                return concat(lines.toArray(byte[][]::new));
            }
        };

        abstract byte[] apply(byte[] in, Random random, StringBuilder log);
    }

    private static List<Integer> lineStarts(byte[] in) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The lines with their terminators; a last line without one keeps none. */
    private static List<byte[]> lines(byte[] in) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                lines.add(Arrays.copyOfRange(in, start, i + 1));
                start = i + 1;
            }
        }
        lines.add(Arrays.copyOfRange(in, start, in.length));
        return lines;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private record Original(Path path, String relative, byte[] bytes) {
    }

    private record Mutant(Path file, String original, String steps, boolean candidate) {
        @Override
        public String toString() {
            return file.getParent().getFileName() + "/" + file.getFileName() + " <- " + original + ": " + steps
                    + (candidate ? "" : " (not a candidate)");
        }
    }

    /**
     * Whether JavaParser alone parses {@code file} within a fifth of {@link #FILE_BUDGET}, on a daemon
     * thread left behind if not. A fifth, so that a parse near the budget, which a busy machine can
     * push over it in the analysis, is still taken for one the parser cannot finish in time.
     */
    private static boolean parserFinishes(Path file) {
        ExecutorService parser = daemonExecutor("mutation-fuzz-raw-parse", 16L << 20);
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            parser.submit(() -> new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_21)).parse(text))
                    .get(FILE_BUDGET.toMillis() / 5, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (IOException | ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } finally {
            parser.shutdownNow();
        }
    }

    /**
     * One daemon thread, left behind if its task never ends.
     *
     * @param stackBytes the thread's stack size, 0 for the JVM's default; a raw parse gets the
     *     analyzer workers' deep stack, so that deeply nested mutants parse there as they do in the analysis
     */
    private static ExecutorService daemonExecutor(String name, long stackBytes) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(null, task, name, stackBytes);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static String origin(String message, List<Mutant> mutants) {
        return mutants.stream().filter(m -> message.contains(m.file().toString())).findFirst()
                .map(m -> "\n    mutant " + m).orElse("");
    }

    private static String describe(List<Mutant> mutants) {
        return "mutants:\n" + mutants.stream().map(m -> "    " + m).collect(Collectors.joining("\n"));
    }

    private static String analysisStacks() {
        StringBuilder out = new StringBuilder("analysis threads:\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("durable-check-worker") || thread.getName().equals("mutation-fuzz-analysis")) {
                out.append("  ").append(thread.getName()).append(" (").append(thread.getState()).append(")\n");
                Arrays.stream(stack).limit(40).forEach(frame -> out.append("      at ").append(frame).append('\n'));
            }
        });
        return out.toString();
    }

    private static List<Original> originals() {
        List<Original> all = new ArrayList<>();
        Path module = Path.of("").toAbsolutePath();
        for (Path root : List.of(CASES, EXAMPLES)) {
            for (Path file : javaFilesBelow(root)) {
                all.add(new Original(file, module.relativize(file).toString(), bytes(file)));
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no corpus files below " + CASES + " and " + EXAMPLES);
        }
        return List.copyOf(all);
    }

    private static List<Path> javaFilesBelow(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Totals over the run, printed once at the end. */
    private static final class Stats {
        final AtomicInteger batches = new AtomicInteger();
        final AtomicInteger mutants = new AtomicInteger();
        final AtomicLong analysisNanos = new AtomicLong();
        final AtomicLong slowestNanos = new AtomicLong();
        final AtomicInteger parseErrors = new AtomicInteger();
        final AtomicInteger otherFindings = new AtomicInteger();
        final AtomicInteger fallbacks = new AtomicInteger();
        final AtomicInteger binary = new AtomicInteger();
        final AtomicInteger parserGaveUp = new AtomicInteger();

        void record(List<Mutant> batch, AnalysisResult result, long nanos) {
            batches.incrementAndGet();
            mutants.addAndGet(batch.size());
            analysisNanos.addAndGet(nanos);
            slowestNanos.accumulateAndGet(nanos, Math::max);
            long parse = result.findings().stream().filter(f -> f.ruleId().equals(ParseErrors.DESCRIPTOR.id())).count();
            parseErrors.addAndGet((int) parse);
            otherFindings.addAndGet(result.findings().size() - (int) parse);
            fallbacks.addAndGet((int) result.warnings().stream().filter(w -> w.contains("ISO-8859-1")).count());
            binary.addAndGet((int) result.findings().stream()
                    .filter(f -> f.ruleId().equals(ParseErrors.DESCRIPTOR.id()) && f.message().contains("binary")).count());
        }
    }
}
