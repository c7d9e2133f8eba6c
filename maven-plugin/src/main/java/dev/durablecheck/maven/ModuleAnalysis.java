package dev.durablecheck.maven;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.RunOutOfMemory;
import dev.durablecheck.core.config.ConfigurationException;
import dev.durablecheck.core.report.RuleLinks;
import dev.durablecheck.core.run.CheckRun;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the goals analyse a build: the modules' sources as the includes select them, their library
 * jars, the reactor modules they depend on read as sources, their Java version and encoding, and
 * one check run, so that {@code check} and the reports judge the same code the same way.
 */
final class ModuleAnalysis {

    /** What a build configures about the analysis, as the goals' parameters give it. */
    record Settings(List<String> includes, List<String> excludes, boolean includeTests, File config, File baseline,
                    String profile, String fileTimeout, String encoding) {
    }

    /** The analyzer that ran, for its rules' documentation, and what it found. */
    record Outcome(Analyzer analyzer, AnalysisResult result) {
    }

    private final MavenSession session;
    private final ProjectDependenciesResolver resolver;
    private final Log log;

    ModuleAnalysis(MavenSession session, ProjectDependenciesResolver resolver, Log log) {
        this.session = session;
        this.resolver = resolver;
        this.log = log;
    }

    /** One module, with the reactor modules it depends on, directly or transitively, read for resolution and reach. */
    Outcome analyze(MavenProject module, Settings settings) throws MojoExecutionException {
        return analyze(List.of(module), settings);
    }

    /**
     * Modules analysed together, as an aggregate report sees them: every module's sources, the
     * libraries of all, and the newest Java version among them (it parses the older ones too).
     */
    Outcome analyze(List<MavenProject> modules, Settings settings) throws MojoExecutionException {
        Analyzer analyzer = restricted(Analyzer.withInstalledRules(), settings.profile()).withFileBudget(fileBudget(settings));
        List<Path> sources = new ArrayList<>();
        Set<Path> libraries = new LinkedHashSet<>();
        Set<Path> context = new LinkedHashSet<>();
        for (MavenProject module : modules) {
            SourceSelection.Selected selected = SourceSelection.select(roots(module, settings.includeTests()),
                    module.getBasedir().toPath(), settings.includes(), settings.excludes());
            selected.problem().ifPresent(problem -> log.warn("durable-check: " + problem));
            sources.addAll(selected.paths());
            libraries.addAll(classpath(module, settings.includeTests()));
            context.addAll(siblingRoots(module));
        }
        context.removeAll(sources);
        LanguageLevel level = modules.stream().map(SourceLevel::of).max(Comparator.naturalOrder()).orElseThrow();
        AnalysisRequest request = new AnalysisRequest(sources, List.copyOf(libraries),
                Runtime.getRuntime().availableProcessors(), level)
                .withContextPaths(List.copyOf(context)).withSourceEncoding(sourceEncoding(settings.encoding()));
        try {
            return new Outcome(analyzer, new CheckRun(analyzer).analyze(request,
                    Optional.ofNullable(settings.config()).map(File::toPath),
                    Optional.ofNullable(settings.baseline()).map(File::toPath)));
        } catch (ConfigurationException | IOException e) {
            throw new MojoExecutionException("durable-check: " + e.getMessage());
        } catch (RunOutOfMemory e) {
            throw new MojoExecutionException("durable-check: " + e.getMessage()
                    + "; give Maven more heap, e.g. MAVEN_OPTS=-Xmx4g");
        }
    }

    /**
     * {@code maven.multiModuleProjectDirectory} (the folder holding {@code .mvn}, else where Maven
     * was started), or the execution root; the module's folder when it lies outside both. Reports
     * give paths relative to it, which is what code scanning resolves them against.
     */
    static Path topLevelDirectory(MavenSession session, MavenProject module) {
        File multiModule = session.getRequest().getMultiModuleProjectDirectory();
        Path basedir = module.getBasedir().toPath().toAbsolutePath().normalize();
        for (File candidate : new File[] {multiModule, new File(session.getExecutionRootDirectory())}) {
            if (candidate != null && basedir.startsWith(candidate.toPath().toAbsolutePath().normalize())) {
                return candidate.toPath().toAbsolutePath().normalize();
            }
        }
        return basedir;
    }

    /** Where the reports link rule pages: {@code ruleDocsUrl} when the build sets it, else the project's own pages. */
    static RuleLinks ruleLinks(String ruleDocsUrl) throws MojoExecutionException {
        try {
            return ruleDocsUrl == null || ruleDocsUrl.isBlank() ? RuleLinks.PROJECT : RuleLinks.parse(ruleDocsUrl);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("durable.ruleDocsUrl: " + e.getMessage());
        }
    }

    /** The plugin's version, from its jar's manifest, as reports name the tool's. */
    static String pluginVersion() {
        String version = ModuleAnalysis.class.getPackage().getImplementationVersion();
        return version != null ? version : "unknown";
    }

    private static Charset sourceEncoding(String encoding) throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("durable.encoding: '" + encoding + "' is not an encoding this JVM knows");
        }
    }

    private static Analyzer restricted(Analyzer analyzer, String profile) throws MojoExecutionException {
        if (profile == null || profile.isBlank()) {
            return analyzer;
        }
        try {
            return analyzer.withProfile(profile.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("durable.profile: " + e.getMessage());
        }
    }

    private static Duration fileBudget(Settings settings) throws MojoExecutionException {
        try {
            return Analyzer.fileBudget(new BigDecimal(settings.fileTimeout().strip()));
        } catch (NumberFormatException e) {
            throw new MojoExecutionException("durable.fileTimeout: '" + settings.fileTimeout() + "' is not a number of seconds");
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("durable.fileTimeout " + e.getMessage());
        }
    }

    private static List<Path> roots(MavenProject module, boolean tests) {
        List<String> roots = new ArrayList<>(module.getCompileSourceRoots());
        if (tests) {
            roots.addAll(module.getTestCompileSourceRoots());
        }
        return roots.stream().map(Path::of).filter(Files::isDirectory).toList();
    }

    /**
     * Source roots of the reactor modules {@code module} depends on, directly or through other reactor
     * modules: read for resolution and reach only. Their sources are what a call into them runs,
     * so their compiled classes are not needed on the classpath.
     */
    private List<Path> siblingRoots(MavenProject module) {
        Map<String, MavenProject> reactor = new HashMap<>();
        for (MavenProject other : session.getProjects()) {
            reactor.put(other.getGroupId() + ":" + other.getArtifactId(), other);
        }
        List<Path> roots = new ArrayList<>();
        Set<MavenProject> seen = new HashSet<>(List.of(module));
        Deque<MavenProject> pending = new ArrayDeque<>(List.of(module));
        while (!pending.isEmpty()) {
            for (Dependency dependency : pending.removeFirst().getDependencies()) {
                MavenProject sibling = reactor.get(dependency.getGroupId() + ":" + dependency.getArtifactId());
                if (sibling != null && !"test".equals(dependency.getScope()) && seen.add(sibling)) {
                    roots.addAll(roots(sibling, false));
                    pending.add(sibling);
                }
            }
        }
        return roots;
    }

    /** The module's library jars, resolved here so that reactor modules need not be built first (see {@link LibraryClasspath}). */
    private List<Path> classpath(MavenProject module, boolean tests) {
        Set<String> reactor = session.getProjects().stream().map(p -> p.getGroupId() + ":" + p.getArtifactId())
                .collect(Collectors.toSet());
        return LibraryClasspath.of(module, session, resolver, reactor, tests,
                problem -> log.warn("durable-check: " + problem));
    }
}
