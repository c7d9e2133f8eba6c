package dev.durablecheck.core.run;

import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.config.ConfigurationException;
import dev.durablecheck.core.config.ConfigurationLoader;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.workspace.SourceListing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A check as both front ends run it: configuration found and read, the baseline read, the analysis,
 * and the findings that fail the gate. The command line and the Maven plugin differ only in where
 * the request comes from and where the report goes.
 */
public final class CheckRun {

    private final Analyzer analyzer;
    private final ConfigurationLoader loader;

    public CheckRun(Analyzer analyzer) {
        this.analyzer = analyzer;
        Set<String> ids = analyzer.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        this.loader = new ConfigurationLoader(ids);
    }

    /**
     * Analyses {@code request} under its configuration and baseline, which replace the request's
     * own. With {@code configFile} every file is judged by it; without, each file by the nearest
     * {@code durable-check.json} in its folder or above, so that its findings do not depend on which
     * other paths are named or in which order.
     *
     * @throws ConfigurationException a configuration file that is missing or malformed, named in the message
     * @throws IOException a baseline that is missing or malformed, named in the message
     */
    public AnalysisResult analyze(AnalysisRequest request, Optional<Path> configFile, Optional<Path> baselineFile)
            throws ConfigurationException, IOException {
        Optional<AnalysisRequest.BaselineUse> baseline = baselineFile.isPresent()
                ? Optional.of(AnalysisRequest.BaselineUse.read(baselineFile.get())) : Optional.empty();
        AnalysisRequest withBaseline = new AnalysisRequest(request.paths(), request.classpath(), request.jobs(),
                request.languageLevel(), request.configuration(), baseline, request.contextPaths(),
                request.sourceEncoding(), request.scope());
        if (configFile.isPresent()) {
            return analyzer.analyze(withBaseline.withScope(loader.resolve(configFile, List.of()), request.scope()));
        }
        // Every configuration is read before anything is analysed, so a broken one costs no time.
        SourceListing listing = SourceListing.of(request.paths());
        List<ConfigurationScopes.Scope> scopes = ConfigurationScopes.of(listing);
        List<Configuration> configurations = new ArrayList<>();
        for (ConfigurationScopes.Scope scope : scopes) {
            configurations.add(scope.configFile().isPresent() ? loader.load(scope.configFile().get()) : Configuration.defaults());
        }
        List<AnalysisResult> parts = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            parts.add(analyzer.analyze(withBaseline.withScope(configurations.get(i),
                    scopes.get(i).files().and(request.scope())), listing));
        }
        return MergedResults.of(parts);
    }

    /**
     * The configuration that governs a folder: {@code configFile}, or the nearest
     * {@code durable-check.json} in {@code folder} or above, or the defaults.
     */
    public Configuration configurationFor(Optional<Path> configFile, Path folder) throws ConfigurationException {
        return loader.resolve(configFile, List.of(folder));
    }
}
