package dev.durablecheck.maven;

import dev.durablecheck.core.report.AtomicFile;
import dev.durablecheck.core.report.HtmlReporter;
import dev.durablecheck.core.report.Report;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The findings as a page of the project's site: the HTML report the command line writes with
 * {@code --format html}, one self-contained file ({@link #getOutputName()}{@code .html}) that the
 * site links under Project Reports. It analyses as {@code check} does and never fails the build.
 */
abstract class DurableReport extends AbstractMavenReport {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Component
    private ProjectDependenciesResolver dependenciesResolver;

    /** Skip the report. */
    @Parameter(property = "durable.skip", defaultValue = "false")
    private boolean skip;

    /** Configuration file for every file; by default each file's nearest durable-check.json. */
    @Parameter(property = "durable.config")
    private File config;

    /** Baseline file: its findings are shown apart, as accepted. */
    @Parameter(property = "durable.baseline")
    private File baseline;

    /** Also analyse the test source roots. */
    @Parameter(property = "durable.includeTests", defaultValue = "false")
    private boolean includeTests;

    /** Globs of source files to analyse, relative to a source root or to the module folder; all by default. */
    @Parameter(property = "durable.includes")
    private List<String> includes = new ArrayList<>();

    /** Globs of source files to leave out, relative to a source root or to the module folder. */
    @Parameter(property = "durable.excludes")
    private List<String> excludes = new ArrayList<>();

    /** How long one file's analysis may take, in seconds; a file that takes longer is reported as analysis-incomplete. */
    @Parameter(property = "durable.fileTimeout", defaultValue = "60")
    private String fileTimeout;

    /** Judge the code by this runtime profile only; by default every profile. */
    @Parameter(property = "durable.profile")
    private String profile;

    /** Encoding of the sources; UTF-8 when the build does not say. */
    @Parameter(property = "durable.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Where the rule pages are, for the report's links; the project's own by default. */
    @Parameter(property = "durable.ruleDocsUrl")
    private String ruleDocsUrl;

    /** The modules whose sources the report covers. */
    abstract List<MavenProject> modules();

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && modules().stream().anyMatch(DurableReport::hasSources);
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        try {
            ModuleAnalysis.Outcome outcome = new ModuleAnalysis(session, dependenciesResolver, getLog()).analyze(modules(),
                    new ModuleAnalysis.Settings(includes, excludes, includeTests, config, baseline, profile, fileTimeout, encoding));
            Report report = new Report(outcome.result(), outcome.analyzer().documentation(),
                    ModuleAnalysis.topLevelDirectory(session, project), ModuleAnalysis.pluginVersion(), Optional.empty())
                    .withRuleLinks(ModuleAnalysis.ruleLinks(ruleDocsUrl));
            Path page = getReportOutputDirectory().toPath().resolve(getOutputName() + ".html");
            Files.createDirectories(page.getParent());
            AtomicFile.write(page, out -> new HtmlReporter().write(report, out));
            getLog().info("durable-check: report in " + page);
        } catch (MojoExecutionException | IOException e) {
            throw new MavenReportException("durable-check: " + e.getMessage(), e);
        }
    }

    private static boolean hasSources(MavenProject module) {
        return module.getCompileSourceRoots().stream().map(Path::of).anyMatch(Files::isDirectory);
    }
}
