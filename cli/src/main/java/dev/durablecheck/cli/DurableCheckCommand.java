package dev.durablecheck.cli;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.RunOutOfMemory;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.config.ConfigurationException;
import dev.durablecheck.core.filter.Baseline;
import dev.durablecheck.core.report.AtomicFile;
import dev.durablecheck.core.report.Report;
import dev.durablecheck.core.report.Reporter;
import dev.durablecheck.core.report.RuleLinks;
import dev.durablecheck.core.report.TextReporter;
import dev.durablecheck.core.run.CheckRun;
import dev.durablecheck.core.run.FailOn;
import dev.durablecheck.core.workspace.SourceRoots;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The {@code durable-check} command line. */
@Command(name = "durable-check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Finds code that behaves differently when an AWS Lambda durable function is replayed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the --fail-on severity",
            "1:findings at or above the --fail-on severity",
            "2:usage error, or the analyzer itself failed"})
public final class DurableCheckCommand implements Callable<Integer> {

    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int ERROR = 2;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Java files or folders to analyse (every *.java file below a folder).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Lowest severity that makes the exit code 1: error, warning, note or never (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--exit-zero",
            description = "Exit 0 even when findings reach --fail-on (2 still means the run failed): for a CI step that only produces a report.")
    private boolean exitZero;

    @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, sarif (SARIF 2.1.0 for code scanning), github (workflow commands that annotate a pull request), json,"
                    + " or html (one self-contained page with source excerpts, for a CI artifact) (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced whole, never left half-written) instead of standard output.")
    private Path output;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "Source root that files named on their own belong to (default: inferred from their package declaration); repeatable.")
    private List<Path> sourceRoots = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file for every file (default: for each file, the nearest durable-check.json in its folder or above).")
    private Path config;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Leave out the findings recorded in this baseline file; report only new ones (ignored with --write-baseline).")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the current findings in FILE as the baseline to adopt the tool on existing code.")
    private Path writeBaseline;

    @Option(names = "--include-suppressed",
            description = "SARIF: also write findings that suppressions cover, marked as suppressed (SARIF suppressions; code scanning shows them as open). The HTML report always lists them; the other formats count them.")
    private boolean includeSuppressed;

    @Option(names = "--include-baselined",
            description = "SARIF: also write findings the --baseline accepted, with baselineState 'unchanged' (the others get 'new'). The HTML report always lists them; the other formats count them.")
    private boolean includeBaselined;

    @Option(names = "--rule-docs-url", paramLabel = "URL",
            description = "Where the rule pages are, for the links in reports: the page of a rule is URL/<id>.md (default: the project's docs/rules).")
    private String ruleDocsUrl;

    @Option(names = "--automation-id", paramLabel = "ID",
            description = "SARIF runAutomationDetails.id, e.g. 'durable-check/orders-service': tells code scanning apart uploads of one commit.")
    private String automationId;

    @Option(names = {"--classpath", "-cp"}, paramLabel = "JARS", split = "${sys:path.separator}",
            description = "Jars whose types calls may resolve into, separated by '${sys:path.separator}'; repeatable.")
    private List<Path> classpath = new ArrayList<>();

    @Option(names = {"--jobs", "-j"}, paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    private Integer jobs;

    @Option(names = "--language-level", paramLabel = "VERSION", defaultValue = "21",
            description = "Java version the sources are written in, 8 to 21 (default: ${DEFAULT-VALUE}).")
    private int languageLevel;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding the sources are written in, as javac's -encoding (default: ${DEFAULT-VALUE}); a byte-order mark overrides it.")
    private String encoding;

    @Option(names = "--profile", paramLabel = "ID",
            description = "Judge the code by this runtime profile only (default: every profile, each file by the runtime it uses); --list-rules lists them.")
    private String profile;

    @Option(names = "--file-timeout", paramLabel = "SECONDS",
            description = "How long one file's analysis may take, in seconds (decimals allowed); a file that takes longer is reported as analysis-incomplete (default: 60).")
    private BigDecimal fileTimeout;

    @Option(names = "--list-rules",
            description = "List the rules with the severity the configuration gives them, their summary and page, and exit; as JSON with --format json.")
    private boolean listRules;

    @Option(names = "--no-color", description = "Never colour the output (colour is only used on a terminal and without NO_COLOR).")
    private boolean noColor;

    @Option(names = "--no-context",
            description = "Print only the finding lines, without the source line and carets shown on a terminal.")
    private boolean noContext;

    @Option(names = "--verbose", description = "List the calls that could not be resolved, and print stack traces of internal errors.")
    private boolean verbose;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command and returns its exit code; the seam for tests. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new DurableCheckCommand());
        cli.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> ERROR);
        cli.setParameterExceptionHandler((e, ignored) -> {
            e.getCommandLine().getErr().println("durable-check: " + e.getMessage() + " (see durable-check --help)");
            return ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            DurableCheckCommand command = commandLine.getCommand();
            commandLine.getErr().println("durable-check: internal error: " + e);
            if (command.verbose) {
                e.printStackTrace(commandLine.getErr());
            }
            return ERROR;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Analyzer analyzer = profile == null ? Analyzer.withInstalledRules() : withProfile(Analyzer.withInstalledRules());
        if (listRules) {
            return listRules(analyzer, out, err);
        }
        // The HTML report always lists suppressed and baselined findings, collapsed: the options change nothing there.
        if ((includeSuppressed || includeBaselined) && format != OutputFormat.SARIF && format != OutputFormat.HTML) {
            err.println("durable-check: warning: --include-suppressed and --include-baselined apply to --format sarif"
                    + " (html always lists those findings); other formats count them in the summary");
        }
        if (paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "path does not exist: " + path);
            }
        }
        for (Path entry : classpath) {
            if (!Files.isRegularFile(entry)) {
                err.println("durable-check: warning: classpath entry is not a file, ignored: " + entry);
            }
        }
        if (jobs != null && jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        Duration budget = fileBudget();
        RuleLinks links = ruleLinks();
        List<Path> usable = classpath.stream().filter(Files::isRegularFile).toList();
        AnalysisRequest request = new AnalysisRequest(paths, usable,
                jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), level())
                .withSourceEncoding(sourceEncoding());
        // Files named on their own are analysed with the rest of their source root in view.
        List<Path> context = sourceRoots.isEmpty() ? SourceRoots.inferFor(paths) : sourceRoots;
        // Writing a baseline records every current finding, so none is left out by an old one.
        Optional<Path> baselineIn = writeBaseline == null ? Optional.ofNullable(baseline) : Optional.empty();
        AnalysisResult result;
        try {
            result = new CheckRun(analyzer.withFileBudget(budget))
                    .analyze(request.withContextPaths(context), Optional.ofNullable(config), baselineIn);
        } catch (ConfigurationException | IOException e) {
            err.println("durable-check: " + e.getMessage());
            return ERROR;
        } catch (RunOutOfMemory e) {
            err.println("durable-check: " + e.getMessage() + "; give the JVM more heap, e.g. "
                    + "DURABLE_CHECK_JAVA_OPTS=-Xmx4g (java -Xmx4g -jar ... without the launcher)");
            return ERROR;
        }
        if (writeBaseline != null) {
            Path folder = writeBaseline.toAbsolutePath().normalize().getParent();
            try {
                AtomicFile.write(writeBaseline, w -> Baseline.write(result.findings(), folder, w));
            } catch (IOException e) {
                err.println("durable-check: cannot write the baseline " + writeBaseline + ": " + e.getMessage());
                return ERROR;
            }
            err.println("durable-check: wrote " + result.findings().size() + " findings to the baseline " + writeBaseline);
        }

        result.warnings().forEach(w -> err.println("durable-check: warning: " + TextReporter.printable(w)));
        result.internalErrors().forEach(e -> err.println("durable-check: internal error: " + TextReporter.printable(e)));
        Path baseDir = Path.of("");
        TextReporter text = new TextReporter(baseDir, false);
        if (verbose) {
            text.writeUnresolved(result, err);
        }
        Report report = new Report(result, analyzer.documentation(), baseDir, VersionProvider.version(),
                Optional.ofNullable(automationId)).withSuppressed(includeSuppressed).withBaselined(includeBaselined)
                .withRuleLinks(links);
        boolean terminal = output == null && onTerminal();
        Reporter reporter = format.isText()
                ? new TextReporter(baseDir, terminal && useColor(), terminal && !noContext)
                : format.reporter(baseDir, false);
        try {
            if (output == null) {
                reporter.write(report, out);
            } else {
                Path folder = output.toAbsolutePath().normalize().getParent();
                if (!Files.exists(folder)) {
                    Files.createDirectories(folder);
                }
                AtomicFile.write(output, w -> reporter.write(report, w));
            }
        } catch (IOException e) {
            err.println("durable-check: cannot write " + (output == null ? "the report" : output) + ": " + e.getMessage());
            return ERROR;
        }
        if (output != null || !format.isText()) {
            // The report is a file or a machine format: people still get the one-line summary.
            err.println(TextReporter.summary(result));
        }
        if (!result.internalErrors().isEmpty()) {
            return ERROR;
        }
        // Writing a baseline accepts today's findings: that run does not fail on them.
        return !exitZero && writeBaseline == null && !failOn.failing(result.findings()).isEmpty() ? FINDINGS : CLEAN;
    }

    private Duration fileBudget() {
        if (fileTimeout == null) {
            return Analyzer.FILE_BUDGET;
        }
        try {
            return Analyzer.fileBudget(fileTimeout);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--file-timeout " + e.getMessage());
        }
    }

    private Analyzer withProfile(Analyzer analyzer) {
        try {
            return analyzer.withProfile(profile);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
        }
    }

    private Charset sourceEncoding() {
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --encoding '" + encoding + "'");
        }
    }

    private LanguageLevel level() {
        if (languageLevel < 8 || languageLevel > 21) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unsupported --language-level " + languageLevel + " (use 8 to 21)");
        }
        return LanguageLevel.valueOf("JAVA_" + languageLevel);
    }

    private boolean useColor() {
        return colorAllowed(noColor, System.getenv("NO_COLOR"));
    }

    /** Without --no-color, colour is allowed unless NO_COLOR is set to something: empty counts as unset (no-color.org). */
    static boolean colorAllowed(boolean noColorOption, String noColorVariable) {
        return !noColorOption && (noColorVariable == null || noColorVariable.isEmpty());
    }

    private RuleLinks ruleLinks() {
        try {
            return ruleDocsUrl == null ? RuleLinks.PROJECT : RuleLinks.parse(ruleDocsUrl);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rule-docs-url " + e.getMessage());
        }
    }

    private static boolean onTerminal() {
        return System.console() != null;
    }

    /** The rules as this project configures them: {@code --config}, or the nearest configuration to the first PATH or here. */
    private int listRules(Analyzer analyzer, PrintWriter out, PrintWriter err) {
        Path folder = paths.isEmpty() ? Path.of("") : paths.get(0);
        folder = Files.isDirectory(folder) ? folder : folder.toAbsolutePath().normalize().getParent();
        try {
            Configuration configuration = new CheckRun(analyzer).configurationFor(Optional.ofNullable(config), folder);
            RuleListing listing = new RuleListing(analyzer.descriptors(), configuration, ruleLinks(),
                    analyzer.profileIds(configuration));
            if (format == OutputFormat.JSON) {
                listing.writeJson(out);
            } else {
                listing.writeText(out);
            }
            return CLEAN;
        } catch (ConfigurationException | IOException e) {
            err.println("durable-check: " + e.getMessage());
            return ERROR;
        }
    }
}
