package dev.durablecheck.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.jcup.sarif_2_1_0.model.Artifact;
import de.jcup.sarif_2_1_0.model.ArtifactLocation;
import de.jcup.sarif_2_1_0.model.CodeFlow;
import de.jcup.sarif_2_1_0.model.Invocation;
import de.jcup.sarif_2_1_0.model.Location;
import de.jcup.sarif_2_1_0.model.Message;
import de.jcup.sarif_2_1_0.model.MultiformatMessageString;
import de.jcup.sarif_2_1_0.model.Notification;
import de.jcup.sarif_2_1_0.model.OriginalUriBaseIds;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.PhysicalLocation;
import de.jcup.sarif_2_1_0.model.PropertyBag;
import de.jcup.sarif_2_1_0.model.Region;
import de.jcup.sarif_2_1_0.model.ReportingConfiguration;
import de.jcup.sarif_2_1_0.model.ReportingDescriptor;
import de.jcup.sarif_2_1_0.model.ReportingDescriptorReference;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.RunAutomationDetails;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import de.jcup.sarif_2_1_0.model.Suppression;
import de.jcup.sarif_2_1_0.model.ThreadFlow;
import de.jcup.sarif_2_1_0.model.ThreadFlowLocation;
import de.jcup.sarif_2_1_0.model.Tool;
import de.jcup.sarif_2_1_0.model.ToolComponent;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.SuppressedFinding;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.UnanalysedFile;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.RuleDocumentation;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes SARIF 2.1.0 as GitHub code scanning reads it: every rule with its help page, results with
 * a region and a line-independent fingerprint, chains as code flows with the offending access as
 * a related location, paths relative to {@code %SRCROOT%}, and files that could not be analysed as
 * tool notifications besides their results. Nothing depends on the time or the thread count, so equal input gives equal
 * bytes.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    private static final String TOOL = "durable-check";
    private static final int MAX_DESCRIPTION = 1024;

    @Override
    public void write(Report report, Writer out) throws IOException {
        writeRuns(List.of(report), out);
    }

    /**
     * One log with a run per report, in the order given: several modules' results in one file, so
     * that CI uploads one. Give each report its own automation id, which code scanning needs to
     * keep the runs apart.
     */
    public void writeRuns(List<Report> reports, Writer out) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .addMixIn(Run.class, AlwaysWrittenResults.class)
                .addMixIn(ReportingConfiguration.class, AlwaysWrittenLevel.class)
                .addMixIn(Result.class, AlwaysWrittenSuppressions.class);
        StableJson.write(mapper, log(reports), out);
    }

    /** A run without findings still says so: {@code "results": []}, which the model would leave out. */
    private abstract static class AlwaysWrittenResults {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("results")
        abstract List<Result> getResults();
    }

    /** Every rule states its level, also {@code warning}, which the model leaves out as the schema default. */
    private abstract static class AlwaysWrittenLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("level")
        abstract ReportingConfiguration.Level getLevel();
    }

    /** With --include-suppressed every result carries suppressions, empty for active ones (SARIF 3.27.23). */
    private abstract static class AlwaysWrittenSuppressions {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @JsonProperty("suppressions")
        abstract Set<Suppression> getSuppressions();
    }

    private static SarifSchema210 log(List<Report> reports) {
        SarifSchema210 log = new SarifSchema210();
        log.set$schema(URI.create(SCHEMA));
        log.setVersion(SarifSchema210.Version._2_1_0);
        log.setRuns(reports.stream().map(SarifReporter::run).toList());
        return log;
    }

    private static Run run(Report report) {
        Run run = new Run();
        run.setTool(tool(report));
        run.setOriginalUriBaseIds(baseIds(report));
        report.automationId().ifPresent(id -> {
            RunAutomationDetails details = new RunAutomationDetails();
            details.setId(id);
            run.setAutomationDetails(details);
        });
        run.setColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS);
        List<Finding> written = written(report);
        Map<Path, Integer> artifacts = artifactIndex(report, written);
        run.setArtifacts(artifacts(report, artifacts));
        run.setInvocations(List.of(invocation(report, artifacts)));
        run.setResults(results(report, written, artifacts));
        return run;
    }

    private static Tool tool(Report report) {
        ToolComponent driver = new ToolComponent();
        driver.setName(TOOL);
        driver.setVersion(report.toolVersion());
        driver.setSemanticVersion(report.toolVersion());
        driver.setInformationUri(RuleLinks.project());
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (RuleDocumentation rule : report.rules()) {
            rules.add(descriptor(rule, report.ruleLinks()));
        }
        driver.setRules(rules);
        Set<ReportingDescriptor> notifications = new LinkedHashSet<>();
        for (String id : notificationIds(report.result())) {
            report.rules().stream().filter(r -> r.descriptor().id().equals(id)).findFirst()
                    .ifPresent(rule -> notifications.add(notificationDescriptor(rule.descriptor())));
        }
        if (!notifications.isEmpty()) {
            driver.setNotifications(notifications);
        }
        Tool tool = new Tool();
        tool.setDriver(driver);
        return tool;
    }

    private static ReportingDescriptor descriptor(RuleDocumentation rule, RuleLinks links) {
        RuleDescriptor d = rule.descriptor();
        ReportingDescriptor descriptor = new ReportingDescriptor();
        descriptor.setId(d.id());
        descriptor.setName(pascalCase(d.id()));
        descriptor.setShortDescription(text(truncate(d.summary())));
        MultiformatMessageString full = text(truncate(rule.fullDescriptionText()));
        full.setMarkdown(truncate(rule.fullDescription()));
        descriptor.setFullDescription(full);
        descriptor.setHelpUri(links.page(d.id()));
        MultiformatMessageString help = new MultiformatMessageString();
        help.setText(rule.helpText());
        help.setMarkdown(rule.helpMarkdown());
        descriptor.setHelp(help);
        ReportingConfiguration configuration = new ReportingConfiguration();
        configuration.setLevel(ReportingConfiguration.Level.fromValue(d.severity().label()));
        descriptor.setDefaultConfiguration(configuration);
        PropertyBag properties = new PropertyBag();
        properties.setTags(new LinkedHashSet<>(List.of("durable-execution", "replay", groupTag(d.group()))));
        properties.setAdditionalProperty("precision", d.severity() == Severity.NOTE ? "low" : "high");
        properties.setAdditionalProperty("problem.severity", switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        });
        descriptor.setProperties(properties);
        return descriptor;
    }

    /** A file that went unchecked, as a kind of tool notification; its id is the rule its finding carries. */
    private static ReportingDescriptor notificationDescriptor(RuleDescriptor rule) {
        ReportingDescriptor descriptor = new ReportingDescriptor();
        descriptor.setId(rule.id());
        descriptor.setShortDescription(text(truncate(rule.summary())));
        ReportingConfiguration configuration = new ReportingConfiguration();
        configuration.setLevel(ReportingConfiguration.Level.ERROR);
        descriptor.setDefaultConfiguration(configuration);
        return descriptor;
    }

    private static OriginalUriBaseIds baseIds(Report report) {
        ArtifactLocation root = new ArtifactLocation();
        String uri = report.baseDir().toUri().toString();
        root.setUri(uri.endsWith("/") ? uri : uri + "/");
        OriginalUriBaseIds ids = new OriginalUriBaseIds();
        ids.setAdditionalProperty(SRCROOT, root);
        return ids;
    }

    /**
     * The run's one invocation: it did not succeed when the analyzer gave up on a file or failed,
     * and every file that went unchecked is a notification that names it, its reason and its rule.
     */
    private static Invocation invocation(Report report, Map<Path, Integer> artifacts) {
        AnalysisResult result = report.result();
        Invocation invocation = new Invocation();
        invocation.setExecutionSuccessful(result.internalErrors().isEmpty() && !result.hasIncompleteAnalyses());
        List<String> notificationIds = notificationIds(result);
        List<Notification> notifications = new ArrayList<>();
        for (UnanalysedFile file : result.unanalysed()) {
            Notification n = notification(Notification.Level.ERROR, report.display(file.file()) + " was not analysed: "
                    + file.reason());
            n.setLocations(new LinkedHashSet<>(List.of(location(report, artifacts, file.file(), file.range(), null))));
            n.setDescriptor(reference(file.ruleId(), notificationIds.indexOf(file.ruleId())));
            int rule = ruleIndex(report).getOrDefault(file.ruleId(), -1);
            if (rule >= 0) {
                n.setAssociatedRule(reference(file.ruleId(), rule));
            }
            notifications.add(n);
        }
        result.warnings().forEach(w -> notifications.add(notification(Notification.Level.WARNING, w)));
        result.internalErrors().forEach(e -> notifications.add(notification(Notification.Level.ERROR, e)));
        invocation.setToolExecutionNotifications(notifications);
        return invocation;
    }

    /** The built-in ids that notifications of this run refer to, as {@code tool.driver.notifications} lists them. */
    private static List<String> notificationIds(AnalysisResult result) {
        return result.unanalysed().stream().map(UnanalysedFile::ruleId).distinct().sorted().toList();
    }

    private static ReportingDescriptorReference reference(String id, int index) {
        ReportingDescriptorReference reference = new ReportingDescriptorReference();
        reference.setId(id);
        reference.setIndex(index);
        return reference;
    }

    private static Map<String, Integer> ruleIndex(Report report) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < report.rules().size(); i++) {
            ruleIndex.put(report.rules().get(i).descriptor().id(), i);
        }
        return ruleIndex;
    }

    private static Notification notification(Notification.Level level, String text) {
        Notification n = new Notification();
        n.setLevel(level);
        n.setMessage(message(text));
        return n;
    }

    private static List<Result> results(Report report, List<Finding> findings, Map<Path, Integer> artifacts) {
        Map<String, Integer> ruleIndex = ruleIndex(report);
        Map<Finding, SuppressedFinding> suppressedBy = new IdentityHashMap<>();
        if (report.includeSuppressed()) {
            report.result().suppressed().forEach(s -> suppressedBy.put(s.finding(), s));
        }
        Set<Finding> baselined = Collections.newSetFromMap(new IdentityHashMap<>());
        if (report.includeBaselined()) {
            baselined.addAll(report.result().baselinedFindings());
        }
        List<String> fingerprints = Fingerprints.of(findings, report.baseDir());
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Result result = new Result();
            result.setRuleId(f.ruleId());
            result.setRuleIndex(ruleIndex.get(f.ruleId()));
            result.setLevel(Result.Level.fromValue(f.severity().label()));
            result.setMessage(message(f.message()));
            result.setLocations(List.of(location(report, artifacts, f.file(), f.range(), null)));
            if (report.includeBaselined()) {
                result.setBaselineState(baselined.contains(f) ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
            }
            PartialFingerprints fingerprint = new PartialFingerprints();
            fingerprint.setAdditionalProperty(Fingerprints.KEY, fingerprints.get(i));
            result.setPartialFingerprints(fingerprint);
            if (!f.chain().isEmpty()) {
                CallHop sink = f.chain().get(f.chain().size() - 1);
                Location related = location(report, artifacts, sink.file(), sink.range(), "the offending call: " + sink.description());
                related.setId(1);
                result.setRelatedLocations(new LinkedHashSet<>(List.of(related)));
                result.setCodeFlows(List.of(codeFlow(report, artifacts, f.chain())));
            }
            if (report.includeSuppressed()) {
                // Within a run, suppressions are on every result or on none (SARIF 3.27.23).
                Set<Suppression> suppressions = new LinkedHashSet<>();
                SuppressedFinding s = suppressedBy.get(f);
                if (s != null) {
                    Suppression suppression = new Suppression();
                    suppression.setKind(s.suppression().isInSource() ? Suppression.Kind.IN_SOURCE : Suppression.Kind.EXTERNAL);
                    suppression.setJustification(s.suppression().justification());
                    suppressions.add(suppression);
                }
                result.setSuppressions(suppressions);
            } else {
                result.setSuppressions(null);
            }
            results.add(result);
        }
        return results;
    }

    private static CodeFlow codeFlow(Report report, Map<Path, Integer> artifacts, List<CallHop> chain) {
        List<ThreadFlowLocation> steps = new ArrayList<>();
        for (CallHop hop : chain) {
            ThreadFlowLocation step = new ThreadFlowLocation();
            step.setLocation(location(report, artifacts, hop.file(), hop.range(), hop.description()));
            steps.add(step);
        }
        ThreadFlow thread = new ThreadFlow();
        thread.setLocations(steps);
        CodeFlow flow = new CodeFlow();
        flow.setMessage(message("The calls from orchestration code down to the offending call"));
        flow.setThreadFlows(List.of(thread));
        return flow;
    }

    /** The findings the run writes: the active ones, and the suppressed or baselined ones when asked, in order. */
    private static List<Finding> written(Report report) {
        List<Finding> findings = new ArrayList<>(report.result().findings());
        if (report.includeSuppressed()) {
            report.result().suppressed().forEach(s -> findings.add(s.finding()));
        }
        if (report.includeBaselined()) {
            findings.addAll(report.result().baselinedFindings());
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** Every file a location of the run names, by its path as shown, numbered for {@code artifactLocation.index}. */
    private static Map<Path, Integer> artifactIndex(Report report, List<Finding> written) {
        Map<String, Path> byShown = new TreeMap<>();
        for (Finding f : written) {
            byShown.putIfAbsent(report.display(f.file()), f.file().toAbsolutePath().normalize());
            f.chain().forEach(hop -> byShown.putIfAbsent(report.display(hop.file()), hop.file().toAbsolutePath().normalize()));
        }
        report.result().unanalysed().forEach(u -> byShown.putIfAbsent(report.display(u.file()), u.file().toAbsolutePath().normalize()));
        Map<Path, Integer> index = new HashMap<>();
        for (Path file : byShown.values()) {
            index.put(file, index.size());
        }
        return index;
    }

    private static Set<Artifact> artifacts(Report report, Map<Path, Integer> index) {
        Path[] files = new Path[index.size()];
        index.forEach((file, i) -> files[i] = file);
        Set<Artifact> artifacts = new LinkedHashSet<>();
        for (Path file : files) {
            Artifact artifact = new Artifact();
            artifact.setLocation(artifactLocation(report, file));
            artifact.setSourceLanguage("java");
            artifacts.add(artifact);
        }
        return artifacts;
    }

    private static ArtifactLocation artifactLocation(Report report, Path file) {
        ArtifactLocation artifact = new ArtifactLocation();
        String shown = report.display(file);
        if (Path.of(shown).isAbsolute()) {
            artifact.setUri(file.toAbsolutePath().normalize().toUri().toString());
        } else {
            artifact.setUri(relativeUri(shown));
            artifact.setUriBaseId(SRCROOT);
        }
        return artifact;
    }

    private static Location location(Report report, Map<Path, Integer> artifacts, Path file, TextRange range, String text) {
        ArtifactLocation artifact = artifactLocation(report, file);
        artifact.setIndex(artifacts.get(file.toAbsolutePath().normalize()));
        Region region = new Region();
        region.setStartLine(range.beginLine());
        region.setStartColumn(range.beginColumn());
        region.setEndLine(range.endLine());
        // SARIF's end column is the one after the last character.
        region.setEndColumn(range.endColumn() + 1);
        PhysicalLocation physical = new PhysicalLocation();
        physical.setArtifactLocation(artifact);
        physical.setRegion(region);
        Location location = new Location();
        location.setPhysicalLocation(physical);
        if (text != null) {
            location.setMessage(message(text));
        }
        return location;
    }

    /** A relative path as a URI reference: spaces, {@code %}, {@code #} and non-ASCII letters percent-encoded. */
    private static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static Message message(String text) {
        Message message = new Message();
        message.setText(text.endsWith(".") ? text : text + ".");
        return message;
    }

    private static MultiformatMessageString text(String text) {
        MultiformatMessageString message = new MultiformatMessageString();
        message.setText(text);
        return message;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 3) + "...";
    }

    /** {@code nondeterministic-time} becomes {@code NondeterministicTime}: SARIF wants a name that differs from the id. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static String groupTag(String group) {
        return group.replaceFirst("^[A-Z]\\.\\s*", "").toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
    }
}
