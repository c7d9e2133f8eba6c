package dev.durablecheck.core.testsupport;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import dev.durablecheck.core.AnalysisRequest;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Analyzer;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.config.Configuration;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.ReachedSink;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Catalog-driven rules for analyzer-core tests, shaped like the group-A rules of the rules module
 * (which analyzer-core cannot depend on): each reports the orchestration accesses, direct or
 * reached through project methods, whose run-catalog entry is a sink of its id. The built-in
 * catalog they bring lists {@code Instant.now()} like the real one does, as {@code #now()}.
 */
public final class CatalogRules {

    public static final String TIME = "test-time";
    public static final String UUID = "test-uuid";
    public static final String ENV = "test-env";

    /** The built-in catalog of these rules: sinks first, then safe carve-outs, as in the real file. */
    public static final ApiCatalog BUILT_IN = load("""
            {"sinks": [
               {"rule": "test-time", "members": ["java.time.Instant#now()", "java.lang.System#currentTimeMillis"]},
               {"rule": "test-uuid", "members": ["java.util.UUID#randomUUID"]},
               {"rule": "test-env",  "members": ["java.lang.System#getenv"]}
             ],
             "safe": [
               {"why": "a fixed instant", "members": ["java.time.Instant#ofEpochMilli"]}
             ]}""");

    private CatalogRules() {
    }

    /** The three rules, sharing {@link #BUILT_IN}. */
    public static List<Rule> all() {
        return List.of(new CatalogRule(TIME, Severity.ERROR), new CatalogRule(UUID, Severity.ERROR),
                new CatalogRule(ENV, Severity.WARNING));
    }

    public static Analyzer analyzer() {
        return new Analyzer(all(), DurableModel.awsLambdaDurableJava());
    }

    /** Every id a configuration or suppression may name with these rules: theirs and the built-in ones. */
    public static Set<String> ids() {
        Set<String> ids = new TreeSet<>();
        analyzer().descriptors().forEach(d -> ids.add(d.id()));
        return ids;
    }

    public static AnalysisResult analyze(List<Path> paths, Configuration configuration,
                                         Optional<AnalysisRequest.BaselineUse> baseline) {
        return analyzer().analyze(new AnalysisRequest(paths, List.of(), 2, LanguageLevel.JAVA_21, configuration, baseline));
    }

    public static AnalysisResult analyze(Path root) {
        return analyze(List.of(root), Configuration.defaults(), Optional.empty());
    }

    private static ApiCatalog load(String json) {
        try {
            return ApiCatalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-catalog.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports orchestration accesses whose catalog entry is a sink of this rule. */
    public static final class CatalogRule implements Rule {

        private final RuleDescriptor descriptor;

        CatalogRule(String id, Severity severity) {
            this.descriptor = new RuleDescriptor(id, severity, "Catalog sinks of " + id + " in orchestration code", "Test");
        }

        @Override
        public RuleDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public void check(RuleContext context) {
            for (MemberSite site : context.orchestrationSites()) {
                if (context.catalog().sinkRuleOf(site.target()).filter(descriptor.id()::equals).isPresent()) {
                    context.report(site.node(), site.target().owner() + "#" + site.target().name() + " in orchestration code",
                            site.chain());
                }
            }
        }

        @Override
        public Set<ReachedSink> reachedSinks() {
            return Set.of(new ReachedSink.CatalogSinks(descriptor.id()));
        }

        @Override
        public Optional<ApiCatalog> apiCatalog() {
            return Optional.of(BUILT_IN);
        }
    }
}
