package dev.durablecheck.maven;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.report.AtomicFile;
import dev.durablecheck.core.report.Report;
import dev.durablecheck.core.report.SarifReporter;
import dev.durablecheck.core.report.TextReporter;
import dev.durablecheck.core.run.FailOn;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks the module's durable handlers for replay bugs and fails the build when findings reach
 * {@code failOn}. The module's compile source roots are analysed with its compile classpath, so
 * calls into libraries resolve; the source roots of the reactor modules it depends on, directly or
 * transitively, are read too, so that calls into them are followed. A SARIF report is always written.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public final class CheckMojo extends AbstractMojo {

    /** How many findings the failure message lists; the log and the SARIF file have all of them. */
    private static final int LISTED = 10;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private ProjectDependenciesResolver dependenciesResolver;

    /** Skip the check. */
    @Parameter(property = "durable.skip", defaultValue = "false")
    private boolean skip;

    /** Lowest severity that fails the build: error, warning, note or never. */
    @Parameter(property = "durable.failOn", defaultValue = "error")
    private String failOn;

    /** Where the SARIF 2.1.0 report is written, on every run. */
    @Parameter(property = "durable.sarifOutput", defaultValue = "${project.build.directory}/durable-check.sarif")
    private File sarifOutput;

    /**
     * Whether a build of several modules also writes every module's run into one SARIF file,
     * {@code aggregateSarifOutput}, for CI to upload once.
     */
    @Parameter(property = "durable.aggregateSarif", defaultValue = "true")
    private boolean aggregateSarif;

    /** Where the reactor's SARIF, one run per module, is written. */
    @Parameter(property = "durable.aggregateSarifOutput",
            defaultValue = "${session.executionRootDirectory}/target/durable-check-aggregate.sarif")
    private File aggregateSarifOutput;

    /**
     * Configuration file for every file; by default each file is judged by the nearest
     * durable-check.json in its folder or above.
     */
    @Parameter(property = "durable.config")
    private File config;

    /** Baseline file: findings recorded in it are accepted and do not fail the build. */
    @Parameter(property = "durable.baseline")
    private File baseline;

    /**
     * How many findings at or above {@code failOn} the build tolerates, as in PMD and Checkstyle.
     * A baseline is usually the better tool: it accepts the findings there are, by fingerprint,
     * and still fails on a new one, where a count lets a new finding in when an old one is fixed.
     */
    @Parameter(property = "durable.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Judge the code by this runtime profile only; by default every profile, each file by the runtime it uses. */
    @Parameter(property = "durable.profile")
    private String profile;

    /** Encoding of the sources, as the compiler reads them; UTF-8 when the build does not say. */
    @Parameter(property = "durable.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Also analyse the test source roots. */
    @Parameter(property = "durable.includeTests", defaultValue = "false")
    private boolean includeTests;

    /**
     * Globs of source files to analyse, relative to a source root ({@code com/acme/orders/**}) or to
     * the module folder; all by default.
     */
    @Parameter(property = "durable.includes")
    private List<String> includes = new ArrayList<>();

    /** Globs of source files to leave out, relative to a source root or to the module folder. */
    @Parameter(property = "durable.excludes")
    private List<String> excludes = new ArrayList<>();

    /**
     * How long one file's analysis may take, in seconds (decimals allowed); a file that takes
     * longer is reported as {@code analysis-incomplete}, which fails the build under the default
     * {@code failOn}.
     */
    @Parameter(property = "durable.fileTimeout", defaultValue = "60")
    private String fileTimeout;

    /** Where the rule pages are, for the SARIF helpUri links: a rule's page is {@code <url>/<id>.md}; the project's own by default. */
    @Parameter(property = "durable.ruleDocsUrl")
    private String ruleDocsUrl;

    /** Print every finding as a {@code file:line:col} line that IDE consoles turn into a link. */
    @Parameter(property = "durable.consoleOutput", defaultValue = "true")
    private boolean consoleOutput;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("durable-check skipped");
            return;
        }
        FailOn threshold = threshold();
        ModuleAnalysis.Outcome outcome = new ModuleAnalysis(session, dependenciesResolver, getLog()).analyze(project,
                new ModuleAnalysis.Settings(includes, excludes, includeTests, config, baseline, profile, fileTimeout, encoding));
        Analyzer analyzer = outcome.analyzer();
        AnalysisResult result = outcome.result();

        writeSarif(analyzer, result);
        result.warnings().forEach(w -> getLog().warn("durable-check: " + w));
        if (consoleOutput) {
            log(result);
        }
        getLog().info("durable-check: " + TextReporter.summary(result) + "; SARIF in " + sarifOutput);
        if (!result.internalErrors().isEmpty()) {
            result.internalErrors().forEach(e -> getLog().error("durable-check: internal error: " + e));
            throw new MojoExecutionException("durable-check failed on " + result.internalErrors().size()
                    + " file(s); see the errors above");
        }
        List<Finding> failing = threshold.failing(result.findings());
        if (failing.size() > maxAllowedViolations) {
            throw new MojoFailureException(failureMessage(failing, ModuleAnalysis.topLevelDirectory(session, project)));
        }
        if (!failing.isEmpty()) {
            getLog().warn("durable-check: " + failing.size() + " finding(s) at or above '" + threshold.label()
                    + "', within maxAllowedViolations " + maxAllowedViolations);
        }
    }

    private FailOn threshold() throws MojoExecutionException {
        try {
            return FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("durable.failOn: " + e.getMessage());
        }
    }

    /**
     * Paths are relative to the top-level project directory, which is what code scanning resolves
     * them against (the repository root), in every module, chain steps in other modules included.
     */
    private void writeSarif(Analyzer analyzer, AnalysisResult result) throws MojoExecutionException {
        // One category per module, so that a folder of these files, or the aggregate, can be uploaded together.
        Report report = new Report(result, analyzer.documentation(), ModuleAnalysis.topLevelDirectory(session, project), ModuleAnalysis.pluginVersion(),
                Optional.of("durable-check/" + project.getArtifactId())).withRuleLinks(ModuleAnalysis.ruleLinks(ruleDocsUrl));
        write(sarifOutput, () -> AtomicFile.write(sarifOutput.toPath(), out -> new SarifReporter().write(report, out)));
        if (aggregateSarif && session.getProjects().size() > 1) {
            write(aggregateSarifOutput, () -> AggregateSarif.add(session.getRequest(), aggregateSarifOutput.toPath(),
                    session.getProjects().indexOf(project), report));
        }
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    private static void write(File file, FileWrite write) throws MojoExecutionException {
        try {
            Files.createDirectories(file.toPath().toAbsolutePath().getParent());
            write.run();
        } catch (IOException e) {
            throw new MojoExecutionException("durable-check: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Each finding as the command line prints it, its first line at the finding's level and its chain below. */
    private void log(AnalysisResult result) {
        TextReporter console = TextReporter.forBuildLog();
        for (Finding f : result.findings()) {
            List<String> lines = console.lines(f);
            switch (f.severity()) {
                case ERROR -> getLog().error(lines.get(0));
                case WARNING -> getLog().warn(lines.get(0));
                case NOTE -> getLog().info(lines.get(0));
            }
            lines.subList(1, lines.size()).forEach(getLog()::info);
        }
    }

    private String failureMessage(List<Finding> failing, Path topLevel) {
        Map<String, Long> byRule = new TreeMap<>(failing.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        StringBuilder message = new StringBuilder("durable-check found ").append(failing.size())
                .append(" replay problem(s) at or above '").append(failOn).append("': ")
                .append(byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        for (Finding f : failing.subList(0, Math.min(LISTED, failing.size()))) {
            message.append("\n  ").append(Report.display(topLevel, f.file())).append(':').append(f.range().beginLine())
                    .append(": ").append(f.ruleId()).append(": ").append(f.message());
        }
        if (failing.size() > LISTED) {
            message.append("\n  ... and ").append(failing.size() - LISTED).append(" more");
        }
        return message.append("\nEvery finding is in the log above and in ").append(sarifOutput).toString();
    }
}
