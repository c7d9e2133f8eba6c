package dev.durablecheck.core;

import com.github.javaparser.ast.CompilationUnit;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.catalog.CatalogLookup;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.facts.FileFactsCache;
import dev.durablecheck.core.filter.FindingFilter;
import dev.durablecheck.core.filter.SuppressionIndex;
import dev.durablecheck.core.filter.SuppressionRules;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.model.Profile;
import dev.durablecheck.core.parse.ParseOutcome;
import dev.durablecheck.core.parse.ParsedSources;
import dev.durablecheck.core.reach.ReachAnalyzer;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.RuleDocumentation;
import dev.durablecheck.core.workspace.CandidateFilter;
import dev.durablecheck.core.workspace.SourceFile;
import dev.durablecheck.core.workspace.SourceListing;
import dev.durablecheck.core.workspace.Workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The entry point of the analysis: collects the files, parses the candidates in parallel,
 * classifies their code, runs every rule and returns the sorted findings.
 */
public final class Analyzer {

    /** How long one file's analysis may take before it is given up, unless {@link #withFileBudget} says otherwise. */
    public static final Duration FILE_BUDGET = Duration.ofSeconds(60);
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;
    private static final String RAISE_BUDGET = "raise the per-file budget (--file-timeout SECONDS; fileTimeout in "
            + "Maven), or report the file to the durable-check maintainers if it keeps happening";
    private static final String RAISE_HEAP = "give the JVM more heap (DURABLE_CHECK_JAVA_OPTS=-Xmx4g for the command "
            + "line, MAVEN_OPTS=-Xmx4g for Maven), or report the file to the durable-check maintainers";
    private static final String REPORT_IT = "report the file and this message to the durable-check maintainers";

    private final List<Rule> rules;
    private final DurableModel model;
    private final Duration fileBudget;

    public Analyzer(List<Rule> rules, DurableModel model) {
        this(rules, model, FILE_BUDGET);
    }

    private Analyzer(List<Rule> rules, DurableModel model, Duration fileBudget) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.descriptor().id()));
        this.rules = List.copyOf(sorted);
        this.model = model;
        this.fileBudget = fileBudget;
    }

    /** This analyzer with another per-file time budget: a file whose analysis takes longer is given up. */
    public Analyzer withFileBudget(Duration budget) {
        return new Analyzer(rules, model, budget);
    }

    /**
     * This analyzer with only the runtime profile {@code id} (the command line's {@code --profile}).
     *
     * @throws IllegalArgumentException naming the profiles there are, when none has that id
     */
    public Analyzer withProfile(String id) {
        return new Analyzer(rules, model.only(id).orElseThrow(() -> new IllegalArgumentException("no runtime profile '"
                + id + "'; the profiles are " + profileIds())), fileBudget);
    }

    /** The ids of the runtime profiles this analyzer knows, in the order it consults them. */
    public List<String> profileIds() {
        return profileIds(Configuration.defaults());
    }

    /** The ids of the runtime profiles under {@code configuration}, which may add the project's own. */
    public List<String> profileIds(Configuration configuration) {
        return configuration.extend(model).profiles().stream().map(Profile::id).toList();
    }

    /**
     * A per-file budget given in seconds, as users write it ({@code 60}, {@code 0.5}), to the
     * millisecond above.
     *
     * @throws IllegalArgumentException when it is not more than 0, or too large to count in milliseconds
     */
    public static Duration fileBudget(BigDecimal seconds) {
        if (seconds.signum() <= 0) {
            throw new IllegalArgumentException("must be more than 0 seconds, was " + seconds.toPlainString());
        }
        try {
            return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("is too large: " + seconds.toPlainString() + " seconds", e);
        }
    }

    /** An analyzer with every rule installed on the class path and every runtime profile that ships. */
    public static Analyzer withInstalledRules() {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, Analyzer.class.getClassLoader()).forEach(found::add);
        return new Analyzer(found, DurableModel.builtIn());
    }

    /**
     * The descriptors of the rules this analyzer runs, plus the built-in ones ({@code parse-error},
     * {@code analysis-incomplete} and the suppression checks), by id.
     */
    public List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> all = new ArrayList<>();
        rules.forEach(r -> all.add(r.descriptor()));
        all.add(ParseErrors.DESCRIPTOR);
        all.add(IncompleteAnalysis.DESCRIPTOR);
        all.add(SuppressionRules.UNKNOWN_SUPPRESSION);
        all.add(SuppressionRules.SUPPRESSION_WITHOUT_REASON);
        all.sort(Comparator.comparing(RuleDescriptor::id));
        return all;
    }

    /** The descriptors with their help pages, by id, for reports that describe every rule. */
    public List<RuleDocumentation> documentation() {
        ClassLoader loader = Analyzer.class.getClassLoader();
        List<RuleDocumentation> all = new ArrayList<>();
        for (RuleDescriptor descriptor : descriptors()) {
            Rule owner = rules.stream().filter(r -> r.descriptor().id().equals(descriptor.id())).findFirst().orElse(null);
            all.add(RuleDocumentation.of(descriptor, owner == null ? loader : owner.getClass().getClassLoader()));
        }
        return all;
    }

    /**
     * Analyses the request's files. A file whose analysis cannot complete is reported as
     * {@code analysis-incomplete} and the rest are still analysed.
     *
     * @throws RunOutOfMemory when the run itself, not one file's analysis, runs out of heap
     */
    public AnalysisResult analyze(AnalysisRequest request) {
        return analyze(request, SourceListing.of(request.paths()));
    }

    /**
     * As {@link #analyze(AnalysisRequest)}, for the files of {@code listing}, which the request's
     * paths were walked into.
     */
    public AnalysisResult analyze(AnalysisRequest request, SourceListing listing) {
        AtomicReference<Path> lastStarted = new AtomicReference<>();
        try {
            return analyze(request, listing, lastStarted);
        } catch (OutOfMemoryError e) {
            throw new RunOutOfMemory(Optional.ofNullable(lastStarted.get()), e);
        }
    }

    private AnalysisResult analyze(AnalysisRequest request, SourceListing listing, AtomicReference<Path> lastStarted) {
        Configuration configuration = request.configuration();
        DurableModel runModel = configuration.extend(model);
        List<Rule> active = rules.stream().filter(r -> !configuration.isOff(r.descriptor().id())).toList();
        ApiCatalog catalog = runCatalog(active, configuration);
        Workspace workspace = Workspace.scan(listing, configuration::includes, request.sourceEncoding())
                .withContext(request.contextPaths(), configuration::includes);
        List<SourceFile> inScope = workspace.files().stream().filter(f -> request.scope().test(f.path())).toList();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        inScope.stream().filter(f -> f.decodingNote() != null)
                .forEach(f -> warnings.add(f.path() + ": " + f.decodingNote()));
        CandidateFilter filter = new CandidateFilter(runModel, request.classpath());
        List<SourceFile> candidates = filter.candidates(inScope, workspace);
        Set<Path> candidatePaths = candidates.stream().map(SourceFile::path).collect(Collectors.toSet());
        ParsedSources parsed = new ParsedSources(request.languageLevel(), candidatePaths::contains);
        KnownTypes types = new KnownTypes(runModel, workspace, parsed, request.classpath(), warnings::add);
        CatalogLookup lookup = new CatalogLookup(catalog, types::ancestors);
        FileFactsCache files = new FileFactsCache(types, parsed);
        ReachAnalyzer reach = new ReachAnalyzer(types, parsed, files,
                active.stream().flatMap(r -> r.reachedSinks().stream()).collect(Collectors.toSet()), lookup);

        Set<String> knownIds = new TreeSet<>();
        descriptors().forEach(d -> knownIds.add(d.id()));
        Map<Path, SuppressionIndex> suppressions = new ConcurrentHashMap<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        List<String> internalErrors = new ArrayList<>();
        int threads = Math.min(request.jobs(), Math.max(1, candidates.size()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), Analyzer::worker);
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            for (SourceFile file : candidates) {
                futures.add(pool.submit(() -> {
                    lastStarted.set(file.path());
                    FileOutcome outcome = analyzeFile(file, parsed, files, types, reach, active, lookup);
                    if (outcome.unanalysed().isEmpty()) {
                        keepSuppressionsAndRelease(file, parsed, files, types, reach, knownIds, suppressions);
                    }
                    return outcome;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), candidates.get(i), parsed, pool, internalErrors));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Finding> findings = new ArrayList<>();
        List<UnanalysedFile> unanalysed = new ArrayList<>();
        // A call in a helper reached from several handlers is counted once.
        Map<String, UnresolvedCall> unresolved = new TreeMap<>();
        for (FileOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            outcome.unanalysed().ifPresent(unanalysed::add);
            for (UnresolvedCall call : outcome.unresolvedCalls()) {
                unresolved.putIfAbsent(call.positionKey(), call);
            }
        }
        findings.sort(Finding.ORDER);
        // Every file with a finding, and every candidate not given up, was parsed by the analysis:
        // an analysed file's suppressions were read before its tree was released.
        FindingFilter findingFilter = new FindingFilter(configuration, file -> Optional.ofNullable(suppressions.get(file))
                .or(() -> parsed.finishedTree(file).flatMap(unit -> workspace.file(file)
                        .map(source -> new SuppressionIndex(unit, source.text(), knownIds)))));
        List<Path> roots = request.paths().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        FindingFilter.Filtered filtered = onWorkerStack(() -> findingFilter.apply(findings,
                candidates.stream().map(SourceFile::path).toList(), request.baseline(),
                file -> roots.stream().anyMatch(file::startsWith) && request.scope().test(file)));
        warnings.addAll(parsed.bodyProblems());
        List<String> sortedWarnings = new ArrayList<>(warnings);
        Collections.sort(sortedWarnings);
        return new AnalysisResult(filtered.reported(), inScope.size(), candidates.size(),
                new ArrayList<>(unresolved.values()), sortedWarnings, internalErrors, filtered.suppressed(),
                filtered.baselined(), filtered.stale(), unanalysed);
    }

    /**
     * Reads an analysed file's suppressions while its tree is at hand, then lets the tree go unless
     * reach walked into it: the trees of thousands of analysed files were most of a large run's
     * live heap. A later request for the file parses it again.
     */
    private static void keepSuppressionsAndRelease(SourceFile file, ParsedSources parsed, FileFactsCache files,
                                                   KnownTypes types, ReachAnalyzer reach, Set<String> knownIds,
                                                   Map<Path, SuppressionIndex> suppressions) {
        Optional<CompilationUnit> tree = parsed.finishedTree(file.path());
        if (tree.isEmpty()) {
            return;
        }
        suppressions.put(file.path(), new SuppressionIndex(tree.get(), file.text(), knownIds));
        if (!reach.hasEntered(tree.get())) {
            files.forget(tree.get());
            types.forget(tree.get());
            parsed.release(file.path());
        }
    }

    /** The rules' catalogs, each once, then the configuration's entries, which win ties. */
    private static ApiCatalog runCatalog(List<Rule> active, Configuration configuration) {
        ApiCatalog catalog = ApiCatalog.empty();
        List<ApiCatalog> seen = new ArrayList<>();
        for (Rule rule : active) {
            Optional<ApiCatalog> own = rule.apiCatalog();
            if (own.isPresent() && seen.stream().noneMatch(c -> c == own.get())) {
                seen.add(own.get());
                catalog = catalog.with(own.get());
            }
        }
        return catalog.with(configuration.catalog());
    }

    /**
     * One file's findings. A rule or resolution that fails, overflows the stack or runs out of
     * memory makes the file {@code analysis-incomplete}; what the other rules found is kept.
     */
    private FileOutcome analyzeFile(SourceFile file, ParsedSources parsed, FileFactsCache files, KnownTypes types,
                                    ReachAnalyzer reach, List<Rule> active, CatalogLookup catalog) {
        FileAnalysis analysis = null;
        String failure = null;
        String advice = REPORT_IT;
        try {
            ParseOutcome outcome = parsed.parse(file);
            if (outcome.tree().isEmpty()) {
                Finding problem = new Finding(ParseErrors.DESCRIPTOR.id(), ParseErrors.DESCRIPTOR.severity(), file.path(),
                        new TextRange(outcome.line(), outcome.column(), outcome.line(), outcome.column()),
                        outcome.problem(), "", "", List.of());
                return new FileOutcome(List.of(problem), List.of(), Optional.of(UnanalysedFile.of(problem, outcome.problem())));
            }
            analysis = new FileAnalysis(outcome.tree().get(), file.text(), files, types, reach, catalog);
            for (Rule rule : active) {
                try {
                    analysis.run(rule);
                } catch (RuntimeException | StackOverflowError e) {
                    failure = failure != null ? failure : "rule " + rule.descriptor().id() + " failed with " + e;
                }
            }
            List<UnresolvedCall> unresolved = List.of();
            try {
                unresolved = analysis.unresolvedCalls();
            } catch (RuntimeException | StackOverflowError e) {
                failure = failure != null ? failure : "call resolution failed with " + e;
            }
            if (failure == null) {
                return new FileOutcome(analysis.findings(), unresolved, Optional.empty());
            }
        } catch (OutOfMemoryError e) {
            failure = "the analysis ran out of memory";
            advice = RAISE_HEAP;
        } catch (RuntimeException | StackOverflowError e) {
            failure = "the analysis failed with " + e;
        }
        List<Finding> partial = new ArrayList<>(analysis == null ? List.of() : analysis.findings());
        Finding incomplete = IncompleteAnalysis.finding(file.path(), parsed.finishedTree(file.path()), failure, advice);
        partial.add(incomplete);
        return new FileOutcome(partial, List.of(), Optional.of(UnanalysedFile.of(incomplete, failure)));
    }

    /**
     * The outcome of one file's analysis, waiting at most the file budget once its turn comes. A
     * file that takes longer is given up and reported as {@code analysis-incomplete}, and the run
     * goes on. Its worker may never finish (JavaParser backtracks exponentially on some broken
     * files), so the file is never parsed again, and the pool gets a thread in its place.
     */
    private FileOutcome await(Future<FileOutcome> future, SourceFile source, ParsedSources parsed,
                              ThreadPoolExecutor pool, List<String> internalErrors) {
        Path file = source.path();
        try {
            return future.get(fileBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            Optional<CompilationUnit> tree = parsed.finishedTree(file);
            parsed.abandon(source);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            String reason = (tree.isPresent() ? "the analysis" : "parsing") + " did not finish within the per-file budget of "
                    + seconds(fileBudget);
            return incomplete(file, tree, reason, RAISE_BUDGET);
        } catch (ExecutionException e) {
            boolean memory = e.getCause() instanceof OutOfMemoryError;
            return incomplete(file, parsed.finishedTree(file),
                    memory ? "the analysis ran out of memory" : "the analysis failed with " + e.getCause(),
                    memory ? RAISE_HEAP : REPORT_IT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            internalErrors.add(file + ": the run was interrupted");
            return incomplete(file, Optional.empty(), "the run was interrupted", REPORT_IT);
        }
    }

    private static FileOutcome incomplete(Path file, Optional<CompilationUnit> tree, String reason, String advice) {
        Finding finding = IncompleteAnalysis.finding(file, tree, reason, advice);
        return new FileOutcome(List.of(finding), List.of(), Optional.of(UnanalysedFile.of(finding, reason)));
    }

    /** A budget as users write it: whole seconds, or a decimal fraction of one. */
    static String seconds(Duration budget) {
        return BigDecimal.valueOf(budget.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    /**
     * Runs {@code task} on a worker's deep stack: reading suppressions walks the same deep trees
     * the rules walk, which the calling thread's stack may not hold.
     */
    private static <T> T onWorkerStack(Callable<T> task) {
        ExecutorService single = Executors.newSingleThreadExecutor(Analyzer::worker);
        try {
            return single.submit(task).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while filtering findings", e);
        } finally {
            single.shutdownNow();
        }
    }

    /**
     * A worker thread: a daemon, so that a file given up on cannot keep the process alive, with a
     * deep stack, so that deeply nested but real code parses; deeper code is reported as too deep.
     */
    private static Thread worker(Runnable task) {
        Thread thread = new Thread(null, task, "durable-check-worker", WORKER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /** What one file gave: its findings, the calls it could not resolve, and whether it went unchecked. */
    private record FileOutcome(List<Finding> findings, List<UnresolvedCall> unresolvedCalls,
                               Optional<UnanalysedFile> unanalysed) {
    }
}
