package dev.durablecheck.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The jars a module's calls may resolve into: its external dependencies, resolved here rather than
 * by Maven before the goal runs. Reactor modules are left out, since their sources are read
 * instead; so {@code mvn durable:check} works on a clean multi-module checkout, as PMD's and
 * Checkstyle's checks do, before anything is compiled or installed.
 */
final class LibraryClasspath {

    private static final Set<String> LIBRARY_SCOPES = Set.of("compile", "provided", "system", "runtime");

    private LibraryClasspath() {
    }

    /**
     * @param reactor {@code groupId:artifactId} of every module of the build
     * @param problems told about dependencies that could not be resolved, which are left out
     */
    static List<Path> of(MavenProject project, MavenSession session, ProjectDependenciesResolver resolver,
                         Set<String> reactor, boolean tests, Consumer<String> problems) {
        DependencyFilter libraries = (node, parents) -> {
            Artifact artifact = node.getArtifact();
            Dependency dependency = node.getDependency();
            boolean inScope = dependency == null || LIBRARY_SCOPES.contains(dependency.getScope())
                    || (tests && "test".equals(dependency.getScope()));
            return artifact == null || (inScope && !reactor.contains(artifact.getGroupId() + ":" + artifact.getArtifactId()));
        };
        DefaultDependencyResolutionRequest request = new DefaultDependencyResolutionRequest(project, session.getRepositorySession());
        request.setResolutionFilter(libraries);
        DependencyResolutionResult result;
        try {
            result = resolver.resolve(request);
        } catch (DependencyResolutionException e) {
            result = e.getResult();
            problems.accept("some dependencies could not be resolved and are left off the classpath: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        List<Path> jars = new ArrayList<>();
        for (Dependency dependency : result.getResolvedDependencies()) {
            File file = dependency.getArtifact().getFile();
            if (file != null && file.isFile() && file.getName().endsWith(".jar")) {
                jars.add(file.toPath());
            }
        }
        return jars;
    }
}
