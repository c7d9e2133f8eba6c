package dev.durablecheck.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.util.List;
import java.util.Locale;

/**
 * {@code durable:aggregate-report}: one page for the whole reactor, in the site of the project Maven
 * runs at, covering every module's sources analysed together. Declare it in the parent's
 * {@code <reporting>} with {@code <inherited>false</inherited>}; in any other module it does nothing.
 */
@Mojo(name = "aggregate-report", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public final class AggregateReportMojo extends DurableReport {

    @Override
    List<MavenProject> modules() {
        return project.isExecutionRoot() ? reactorProjects : List.of();
    }

    @Override
    public String getOutputName() {
        return "durable-check-aggregate";
    }

    @Override
    public String getName(Locale locale) {
        return "durable-check (all modules)";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Replay bugs in the durable-execution code of every module, each with its source and the calls that lead to it.";
    }
}
