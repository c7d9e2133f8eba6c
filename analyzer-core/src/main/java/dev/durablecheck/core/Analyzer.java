package dev.durablecheck.core;

import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.filter.FindingFilter;
import dev.durablecheck.core.filter.SuppressionRules;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.parse.ParseOutcome;
import dev.durablecheck.core.parse.ParsedSources;
import dev.durablecheck.core.reach.ReachAnalyzer;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.RuleDocumentation;
import dev.durablecheck.core.workspace.CandidateFilter;
import dev.durablecheck.core.workspace.SourceFile;
import dev.durablecheck.core.workspace.Workspace;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * The entry point of the analysis: collects the files, parses the candidates in parallel,
 * classifies their code, runs every rule and returns the sorted findings.
 */
public final class Analyzer {

    /** How long one file's analysis may take before it is given up, unless {@link #withFileBudget} says otherwise. */
    static final Duration FILE_BUDGET = Duration.ofSeconds(60);
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;

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

    /** An analyzer with every rule installed on the class path, for the AWS Lambda durable SDK. */
    public static Analyzer withInstalledRules() {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, Analyzer.class.getClassLoader()).forEach(found::add);
        return new Analyzer(found, DurableModel.awsLambdaDurableJava());
    }

    /** The descriptors of the rules this analyzer runs, plus the built-in ones ({@code parse-error} and the suppression checks), by id. */
    public List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> all = new ArrayList<>();
        rules.forEach(r -> all.add(r.descriptor()));
        all.add(ParseErrors.DESCRIPTOR);
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

    public AnalysisResult analyze(AnalysisRequest request) {
        Configuration configuration = request.configuration();
        DurableModel runModel = configuration.extend(model);
        List<Rule> active = rules.stream().filter(r -> !configuration.isOff(r.descriptor().id())).toList();
        ApiCatalog catalog = runCatalog(active, configuration);
        Workspace workspace = Workspace.scan(request.paths(), configuration::includes)
                .withContext(request.contextPaths(), configuration::includes);
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        workspace.files().stream().filter(f -> f.decodingNote() != null)
                .forEach(f -> warnings.add(f.path() + ": " + f.decodingNote()));
        CandidateFilter filter = new CandidateFilter(runModel);
        List<SourceFile> candidates = workspace.files().stream().filter(filter::mayHoldDurableCode).toList();
        Set<Path> candidatePaths = candidates.stream().map(SourceFile::path).collect(Collectors.toSet());
        ParsedSources parsed = new ParsedSources(request.languageLevel(), candidatePaths::contains);
        KnownTypes types = new KnownTypes(runModel, workspace, parsed, request.classpath(), warnings::add);
        ReachAnalyzer reach = new ReachAnalyzer(types, parsed,
                target -> active.stream().anyMatch(r -> r.reportsWhenReached(target, catalog, types)));

        List<FileOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.jobs(), Math.max(1, candidates.size())),
                Analyzer::worker);
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            for (SourceFile file : candidates) {
                futures.add(pool.submit(() -> analyzeFile(file, parsed, types, reach, active, catalog)));
            }
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), candidates.get(i), fileBudget, warnings));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Finding> findings = new ArrayList<>();
        List<String> internalErrors = new ArrayList<>();
        // A call in a helper reached from several handlers is counted once.
        Map<String, UnresolvedCall> unresolved = new TreeMap<>();
        for (FileOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            internalErrors.addAll(outcome.internalErrors());
            for (UnresolvedCall call : outcome.unresolvedCalls()) {
                unresolved.putIfAbsent(call.file() + String.format(":%09d:%09d", call.range().beginLine(),
                        call.range().beginColumn()), call);
            }
        }
        findings.sort(Finding.ORDER);
        Set<String> knownIds = new TreeSet<>();
        descriptors().forEach(d -> knownIds.add(d.id()));
        // Every file with a finding, and every candidate not given up, was parsed by the analysis.
        FindingFilter findingFilter = new FindingFilter(configuration, knownIds, parsed::finishedTree);
        FindingFilter.Filtered filtered = onWorkerStack(() -> findingFilter.apply(findings,
                candidates.stream().map(SourceFile::path).toList(), request.baseline()));
        List<String> sortedWarnings = new ArrayList<>(warnings);
        Collections.sort(sortedWarnings);
        return new AnalysisResult(filtered.reported(), workspace.files().size(), candidates.size(),
                new ArrayList<>(unresolved.values()), sortedWarnings, internalErrors, filtered.suppressed(),
                filtered.baselined(), filtered.stale());
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

    private FileOutcome analyzeFile(SourceFile file, ParsedSources parsed, KnownTypes types, ReachAnalyzer reach,
                                    List<Rule> active, ApiCatalog catalog) {
        ParseOutcome outcome = parsed.parse(file);
        if (outcome.tree().isEmpty()) {
            Finding problem = new Finding(ParseErrors.DESCRIPTOR.id(), ParseErrors.DESCRIPTOR.severity(), file.path(),
                    new TextRange(outcome.line(), outcome.column(), outcome.line(), outcome.column()),
                    outcome.problem(), "", "", List.of());
            return new FileOutcome(List.of(problem), List.of(), List.of());
        }
        FileAnalysis analysis = new FileAnalysis(file.path(), outcome.tree().get(), types, reach, catalog);
        List<String> errors = new ArrayList<>();
        for (Rule rule : active) {
            try {
                analysis.run(rule);
            } catch (RuntimeException | StackOverflowError e) {
                errors.add(file.path() + ": rule " + rule.descriptor().id() + " failed: " + e);
            }
        }
        List<UnresolvedCall> unresolved;
        try {
            unresolved = analysis.unresolvedCalls();
        } catch (RuntimeException | StackOverflowError e) {
            errors.add(file.path() + ": call resolution failed: " + e);
            unresolved = List.of();
        }
        return new FileOutcome(analysis.findings(), unresolved, errors);
    }

    /**
     * The outcome of one file's analysis, waiting at most {@code budget} once its turn comes; a
     * file that takes longer is given up and named in a warning, and the run goes on. Its worker may
     * never finish (JavaParser backtracks exponentially on some broken files), so nothing after
     * this parses a file again.
     */
    private static FileOutcome await(Future<FileOutcome> future, SourceFile file, Duration budget, List<String> warnings) {
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            warnings.add(file.path() + ": analysis took longer than " + budget.toSeconds()
                    + " s and was given up; the file was not checked");
            return new FileOutcome(List.of(), List.of(), List.of());
        } catch (ExecutionException e) {
            return new FileOutcome(List.of(), List.of(), List.of(file.path() + ": analysis failed: " + e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FileOutcome(List.of(), List.of(), List.of(file.path() + ": analysis interrupted"));
        }
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

    private record FileOutcome(List<Finding> findings, List<UnresolvedCall> unresolvedCalls, List<String> internalErrors) {
    }
}
