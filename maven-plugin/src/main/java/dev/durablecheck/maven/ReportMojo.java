package dev.durablecheck.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.util.List;
import java.util.Locale;

/**
 * {@code durable:report}: the module's replay bugs as a page of its site, as {@code pmd:pmd} is to
 * {@code pmd:check}. The reactor modules it depends on are read as sources, as {@code check} reads them.
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public final class ReportMojo extends DurableReport {

    @Override
    List<MavenProject> modules() {
        return List.of(project);
    }

    @Override
    public String getOutputName() {
        return "durable-check";
    }

    @Override
    public String getName(Locale locale) {
        return "durable-check";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Replay bugs in durable-execution code, each with its source and the calls that lead to it.";
    }
}
