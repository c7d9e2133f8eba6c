package dev.durablecheck.core.report;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.IncompleteAnalysis;
import dev.durablecheck.core.ParseErrors;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.UnanalysedFile;
import dev.durablecheck.core.UnresolvedCall;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.RuleDocumentation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports built by hand for the reporter tests: a base folder that need not exist, a few rules with
 * help pages, and findings of every kind the analyzer produces.
 */
final class ReportFixtures {

    static final Path BASE = Path.of("/work/project").toAbsolutePath().normalize();
    static final Path HANDLER = BASE.resolve("src/main/java/app/OrderHandler.java");
    static final Path PROGRESS = BASE.resolve("src/main/java/app/Progress.java");
    static final Path BROKEN = BASE.resolve("src/main/java/app/Broken.java");
    static final Path OUTSIDE = Path.of("/elsewhere/lib/Helper.java").toAbsolutePath().normalize();
    static final String VERSION = "1.2.3";

    static final RuleDocumentation ENVIRONMENT_READ = rule("environment-read", Severity.WARNING,
            "Reads of the environment, system properties, host or invocation in orchestration code",
            "A. Non-determinism and side effects in orchestration code");
    static final RuleDocumentation NONDETERMINISTIC_TIME = rule("nondeterministic-time", Severity.ERROR,
            "Clock reads in orchestration code, which return a different time on every replay",
            "A. Non-determinism and side effects in orchestration code");
    static final RuleDocumentation NONDETERMINISTIC_UUID = rule("nondeterministic-uuid", Severity.ERROR,
            "Random UUIDs created in orchestration code, which differ on every replay",
            "A. Non-determinism and side effects in orchestration code");
    static final RuleDocumentation PARSE_ERROR = new RuleDocumentation(ParseErrors.DESCRIPTOR,
            ParseErrors.DESCRIPTOR.summary() + ".");
    static final RuleDocumentation UNVERIFIED_NAME = rule("unverified-operation-name", Severity.NOTE,
            "Operation names whose stability across replays cannot be established", "B. Replay structure");

    /** As the analyzer lists them: by id. */
    static final List<RuleDocumentation> RULES = List.of(ENVIRONMENT_READ, NONDETERMINISTIC_TIME, NONDETERMINISTIC_UUID,
            PARSE_ERROR, UNVERIFIED_NAME);

    private ReportFixtures() {
    }

    static RuleDocumentation rule(String id, Severity severity, String summary, String group) {
        String help = "# " + id + "\n\nSeverity: **" + severity.label() + "** · Group: " + group + "\n\n"
                + summary + ".\n\n## What it flags\n\nCalls in orchestration code.\n\n## Wrong\n\n```java\nInstant.now();\n```\n";
        return new RuleDocumentation(new RuleDescriptor(id, severity, summary, group), help);
    }

    /** {@code Instant.now()} in {@code Progress.report}, reached from the handler's call on line 12. */
    static Finding chained(int line) {
        return new Finding("nondeterministic-time", Severity.ERROR, HANDLER, new TextRange(line, 9, line, 40),
                "'Instant.now()' (reached through 'Progress.report(i, rows)') in orchestration code returns a different time"
                        + " on every replay; read the time inside a step",
                "OrderHandler.handleRequest(Order, DurableContext)", "Progress.report(i, rows)",
                List.of(new CallHop(HANDLER, new TextRange(line, 9, line, 40), "Progress.report(i, rows) -> Progress.report(int, int)"),
                        new CallHop(PROGRESS, new TextRange(15, 22, 15, 34), "Instant.now()")));
    }

    static Finding uuid(Path file, int line, int column, String member) {
        String expression = "UUID.randomUUID()";
        return new Finding("nondeterministic-uuid", Severity.ERROR, file,
                new TextRange(line, column, line, column + expression.length() - 1),
                "'UUID.randomUUID()' in orchestration code creates a new id on every replay", member, expression, List.of());
    }

    static Finding environment(int line) {
        return new Finding("environment-read", Severity.WARNING, HANDLER, new TextRange(line, 24, line, 46),
                "'System.getenv(\"STAGE\")' in orchestration code reads the environment, which can differ on replay",
                "OrderHandler.handleRequest(Order, DurableContext)", "System.getenv(\"STAGE\")", List.of());
    }

    static Finding unverifiedName(int line) {
        return new Finding("unverified-operation-name", Severity.NOTE, HANDLER, new TextRange(line, 13, line + 1, 30),
                "operation name 'label' cannot be shown to stay the same on replay",
                "OrderHandler.handleRequest(Order, DurableContext)", "context.step(label, ...)", List.of());
    }

    static Finding parseError() {
        return new Finding(ParseErrors.DESCRIPTOR.id(), Severity.ERROR, BROKEN, new TextRange(10, 2, 10, 2),
                "cannot parse: Parse error. Found <EOF>", "", "", List.of());
    }

    static final String BUDGET_REASON = "the analysis did not finish within the per-file budget of 60 s";

    /** A handler whose analysis was given up at the budget, as the analyzer reports it: at its type declaration. */
    static Finding incomplete() {
        return new Finding(IncompleteAnalysis.DESCRIPTOR.id(), Severity.ERROR, HANDLER, new TextRange(8, 14, 8, 25),
                BUDGET_REASON + ", so this file's replay bugs were not checked; raise the per-file budget", "",
                "analysis-incomplete", List.of());
    }

    /** The rules with the built-in analysis-incomplete, by id, as the analyzer lists them. */
    static final List<RuleDocumentation> RULES_WITH_INCOMPLETE = List.of(
            new RuleDocumentation(IncompleteAnalysis.DESCRIPTOR, IncompleteAnalysis.DESCRIPTOR.summary() + "."),
            ENVIRONMENT_READ, NONDETERMINISTIC_TIME, NONDETERMINISTIC_UUID, PARSE_ERROR, UNVERIFIED_NAME);

    /** A report of a run that gave up on the handler and found a clock read elsewhere. */
    static Report incompleteRun() {
        List<Finding> findings = new ArrayList<>(List.of(incomplete(), uuid(PROGRESS, 7, 16, "Progress.newId()")));
        findings.sort(Finding.ORDER);
        AnalysisResult result = new AnalysisResult(findings, 3, 2, List.of(), List.of(), List.of(), List.of(), List.of(), 0,
                List.of(new UnanalysedFile(HANDLER, IncompleteAnalysis.DESCRIPTOR.id(), new TextRange(8, 14, 8, 25),
                        BUDGET_REASON)));
        return new Report(result, RULES_WITH_INCOMPLETE, BASE, VERSION, Optional.empty());
    }

    static final String CLASSPATH_WARNING = "classpath entry is not a jar, ignored: /work/project/lib/x.jar";
    static final String INTERNAL_ERROR = "/work/project/src/main/java/app/Odd.java: rule nondeterministic-time failed: java.lang.StackOverflowError";

    /**
     * One of each: a chained error, a warning, a multi-line note, a parse error, a finding in a file
     * outside the base folder; a classpath warning and, when asked, an internal error.
     */
    static AnalysisResult everything(boolean internalError) {
        List<Finding> findings = new ArrayList<>(List.of(
                chained(12),
                environment(20),
                unverifiedName(31),
                uuid(HANDLER, 40, 21, "OrderHandler.handleRequest(Order, DurableContext)"),
                parseError(),
                uuid(OUTSIDE, 7, 16, "Helper.newId()")));
        findings.sort(Finding.ORDER);
        return new AnalysisResult(findings, 6, 4,
                List.of(new UnresolvedCall(HANDLER, new TextRange(25, 9, 25, 30), "client.send(request)", "the type of 'client' is not known")),
                List.of(CLASSPATH_WARNING), internalError ? List.of(INTERNAL_ERROR) : List.of(), List.of(), List.of(), 0,
                unanalysed(findings));
    }

    /** The files that the built-in findings among {@code findings} say were not analysed, as the analyzer lists them. */
    static List<UnanalysedFile> unanalysed(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.ruleId().equals(ParseErrors.DESCRIPTOR.id()) || f.ruleId().equals(IncompleteAnalysis.DESCRIPTOR.id()))
                .map(f -> new UnanalysedFile(f.file(), f.ruleId(), f.range(), f.message()))
                .toList();
    }

    static AnalysisResult only(Finding... findings) {
        List<Finding> sorted = new ArrayList<>(List.of(findings));
        sorted.sort(Finding.ORDER);
        return new AnalysisResult(sorted, 1, 1, List.of(), List.of(), List.of(), List.of(), List.of(), 0, unanalysed(sorted));
    }

    static Report report(AnalysisResult result) {
        return new Report(result, RULES, BASE, VERSION, Optional.empty());
    }

    static Report report(AnalysisResult result, String automationId) {
        return new Report(result, RULES, BASE, VERSION, Optional.of(automationId));
    }

    static String write(Reporter reporter, Report report) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
