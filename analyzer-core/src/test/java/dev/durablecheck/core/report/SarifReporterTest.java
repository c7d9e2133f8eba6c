package dev.durablecheck.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.rule.RuleDocumentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static dev.durablecheck.core.report.ReportFixtures.BASE;
import static dev.durablecheck.core.report.ReportFixtures.BROKEN;
import static dev.durablecheck.core.report.ReportFixtures.CLASSPATH_WARNING;
import static dev.durablecheck.core.report.ReportFixtures.HANDLER;
import static dev.durablecheck.core.report.ReportFixtures.INTERNAL_ERROR;
import static dev.durablecheck.core.report.ReportFixtures.OUTSIDE;
import static dev.durablecheck.core.report.ReportFixtures.RULES;
import static dev.durablecheck.core.report.ReportFixtures.VERSION;
import static dev.durablecheck.core.report.ReportFixtures.chained;
import static dev.durablecheck.core.report.ReportFixtures.environment;
import static dev.durablecheck.core.report.ReportFixtures.everything;
import static dev.durablecheck.core.report.ReportFixtures.only;
import static dev.durablecheck.core.report.ReportFixtures.report;
import static dev.durablecheck.core.report.ReportFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SARIF 2.1.0 log as code scanning reads it. Every log written here is validated against the
 * official schema and checked for the properties GitHub requires ({@link SarifChecks}).
 */
class SarifReporterTest {

    private static final String SRCROOT = "%SRCROOT%";

    // ---------------------------------------------------------------- validity

    @Test
    void aLogWithEveryKindOfFindingIsValidSarifForGithub() {
        SarifChecks.assertValidForGithub(sarif(report(everything(true), "durable-check/orders")));
        SarifChecks.assertValidForGithub(sarif(report(everything(false))));
    }

    @Test
    void aRunWithoutFindingsIsValidAndStillDescribesEveryRule() {
        JsonNode log = SarifChecks.assertValidForGithub(sarif(report(only())));

        JsonNode run = log.path("runs").path(0);
        assertThat(run.path("results").size()).isZero();
        assertThat(run.path("tool").path("driver").path("rules").size()).isEqualTo(RULES.size());
        assertThat(run.path("invocations").path(0).path("executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void aRunWithoutFindingsWritesAnEmptyResultsArray() {
        JsonNode run = SarifChecks.parse(sarif(report(only()))).path("runs").path(0);

        assertThat(run.has("results")).as("results is present").isTrue();
        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results").size()).isZero();
    }

    @Test
    void theValidatorRejectsABrokenLog() {
        // Guards the guard: a validator that accepts anything would make every other test pass.
        String valid = sarif(report(everything(false)));

        assertThat(SarifChecks.schemaViolations(valid.replace("\"version\" : \"2.1.0\"", "\"version\" : \"2.0.0\""))).isNotEmpty();
        assertThat(SarifChecks.schemaViolations(valid.replace("\"level\" : \"error\"", "\"level\" : \"fatal\""))).isNotEmpty();
        assertThat(SarifChecks.schemaViolations(valid.replace("\"startLine\" : 12", "\"startLine\" : 0"))).isNotEmpty();
        assertThat(SarifChecks.schemaViolations(valid.replace("\"uri\" : \"src/main/java/app/OrderHandler.java\"",
                "\"uri\" : \"src/main/java/my app/OrderHandler.java\""))).isNotEmpty();
    }

    @Test
    void theLogNamesTheFinalSchemaAndVersion() {
        JsonNode log = parse(report(everything(false)));

        assertThat(log.path("$schema").asText()).isEqualTo(SarifReporter.SCHEMA);
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs").size()).isEqualTo(1);
        assertThat(run(log).path("columnKind").asText()).isEqualTo("utf16CodeUnits");
    }

    // ---------------------------------------------------------------- tool and rules

    @Test
    void driverNamesTheToolItsVersionAndWhereToReadAboutIt() {
        JsonNode driver = run(parse(report(everything(false)))).path("tool").path("driver");

        assertThat(driver.path("name").asText()).isEqualTo("durable-check");
        assertThat(driver.path("version").asText()).isEqualTo(VERSION);
        assertThat(driver.path("semanticVersion").asText()).isEqualTo(VERSION);
        assertThat(driver.path("informationUri").asText()).startsWith("https://");
    }

    @Test
    void everyRuleIsDescribedInTheReportsOrderWithItsHelpPage() {
        JsonNode rules = run(parse(report(everything(false)))).path("tool").path("driver").path("rules");

        assertThat(ids(rules)).containsExactlyElementsOf(RULES.stream().map(r -> r.descriptor().id()).toList());
        for (int i = 0; i < RULES.size(); i++) {
            RuleDocumentation doc = RULES.get(i);
            JsonNode rule = rules.path(i);
            String id = doc.descriptor().id();
            assertThat(rule.path("name").asText()).as(id).isEqualTo(SarifReporter.pascalCase(id)).isNotEqualTo(id);
            assertThat(rule.path("shortDescription").path("text").asText()).as(id).isEqualTo(doc.descriptor().summary());
            assertThat(rule.path("fullDescription").path("text").asText()).as(id).isEqualTo(doc.fullDescriptionText());
            assertThat(rule.path("help").path("text").asText()).as(id).isEqualTo(doc.helpText());
            assertThat(rule.path("help").path("markdown").asText()).as(id).isEqualTo(doc.helpMarkdown());
            assertThat(rule.path("helpUri").asText()).as(id).isEqualTo(RuleLinks.PROJECT.page(id).toString());
        }
        // The page's first paragraph that says more than the summary, and the page as plain text.
        JsonNode time = rules.path(1);
        assertThat(time.path("fullDescription").path("text").asText()).isEqualTo("Calls in orchestration code.");
        assertThat(time.path("help").path("text").asText()).doesNotContain("#", "**", "```")
                .contains("What it flags\n").contains("    Instant.now();");
        assertThat(time.path("helpUri").asText())
                .isEqualTo("https://github.com/durable-check/durable-check/blob/main/docs/rules/nondeterministic-time.md");
        assertThat(rules.path(1).path("name").asText()).isEqualTo("NondeterministicTime");
    }

    @Test
    void ruleLinksCanPointAtAnotherBase() {
        Report report = report(everything(false)).withRuleLinks(RuleLinks.parse("https://docs.acme.example/durable-rules"));

        JsonNode rules = run(parse(report)).path("tool").path("driver").path("rules");

        assertThat(rules.path(0).path("helpUri").asText()).isEqualTo("https://docs.acme.example/durable-rules/environment-read.md");
        assertThatThrownBy(() -> RuleLinks.parse("docs/rules")).hasMessageContaining("is not an http(s) URL");
    }

    @Test
    void everyFileALocationNamesIsAnArtifactThatTheLocationsIndex() {
        JsonNode run = run(parse(report(everything(false))));

        List<String> artifacts = StreamSupport.stream(run.path("artifacts").spliterator(), false)
                .map(a -> a.path("location").path("uri").asText()).toList();
        assertThat(artifacts).isSorted().doesNotHaveDuplicates()
                .contains("src/main/java/app/OrderHandler.java", OUTSIDE.toUri().toString());
        for (JsonNode result : run.path("results")) {
            JsonNode location = result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
            assertThat(artifacts.get(location.path("index").asInt())).isEqualTo(location.path("uri").asText());
        }
    }

    @Test
    void withIncludeBaselinedTheAcceptedFindingsAreWrittenUnchangedAndTheOthersNew() {
        AnalysisResult result = new AnalysisResult(List.of(chained(12)), 1, 1, List.of(), List.of(), List.of(), List.of(),
                List.of(environment(20)), 0, List.of());

        JsonNode plain = run(parse(report(result)));
        JsonNode all = run(parse(report(result).withBaselined(true)));

        assertThat(plain.path("results")).hasSize(1);
        assertThat(plain.path("results").path(0).has("baselineState")).isFalse();
        assertThat(all.path("results")).extracting(r -> r.path("ruleId").asText() + ":" + r.path("baselineState").asText())
                .containsExactly("nondeterministic-time:new", "environment-read:unchanged");
    }

    @Test
    void ruleLevelsFollowTheDefaultSeverityWhereAnAbsentLevelMeansWarning() {
        JsonNode rules = run(parse(report(everything(false)))).path("tool").path("driver").path("rules");

        for (int i = 0; i < RULES.size(); i++) {
            JsonNode configuration = rules.path(i).path("defaultConfiguration");
            // SARIF's schema default for reportingConfiguration.level is "warning".
            String effective = configuration.has("level") ? configuration.path("level").asText() : "warning";
            assertThat(effective).as(RULES.get(i).descriptor().id()).isEqualTo(RULES.get(i).descriptor().severity().label());
        }
    }

    @Test
    void everyRuleStatesItsDefaultLevelExplicitly() {
        JsonNode rules = run(parse(report(everything(false)))).path("tool").path("driver").path("rules");

        for (int i = 0; i < RULES.size(); i++) {
            assertThat(rules.path(i).path("defaultConfiguration").path("level").asText())
                    .as(RULES.get(i).descriptor().id())
                    .isEqualTo(RULES.get(i).descriptor().severity().label());
        }
    }

    @Test
    void ruleIdsAndTheirNamesAreTheOnlyStableKeysAndNeverClash() {
        JsonNode rules = run(parse(report(everything(false)))).path("tool").path("driver").path("rules");

        List<String> names = StreamSupport.stream(rules.spliterator(), false).map(r -> r.path("name").asText()).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(ids(rules)).doesNotHaveDuplicates();
    }

    @Test
    void rulePropertiesCarryTagsPrecisionAndProblemSeverity() {
        JsonNode rules = run(parse(report(everything(false)))).path("tool").path("driver").path("rules");

        JsonNode time = rule(rules, "nondeterministic-time").path("properties");
        assertThat(texts(time.path("tags"))).containsExactly("durable-execution", "replay",
                "non-determinism-and-side-effects-in-orchestration-code");
        assertThat(time.path("precision").asText()).isEqualTo("high");
        assertThat(time.path("problem.severity").asText()).isEqualTo("error");

        JsonNode env = rule(rules, "environment-read").path("properties");
        assertThat(env.path("problem.severity").asText()).isEqualTo("warning");
        assertThat(env.path("precision").asText()).isEqualTo("high");

        JsonNode note = rule(rules, "unverified-operation-name").path("properties");
        assertThat(texts(note.path("tags"))).contains("replay-structure");
        assertThat(note.path("problem.severity").asText()).isEqualTo("recommendation");
        assertThat(note.path("precision").asText()).isEqualTo("low");

        assertThat(texts(rule(rules, "parse-error").path("properties").path("tags"))).contains("built-in");
        for (JsonNode rule : rules) {
            assertThat(rule.path("properties").path("tags").size()).as("GitHub allows 20 tags").isBetween(1, 20);
        }
    }

    @Test
    void descriptionsLongerThanGithubAllowsAreCutTo1024Characters() {
        String longParagraph = "Reports " + "very ".repeat(400) + "long things.";
        RuleDocumentation wordy = new RuleDocumentation(ReportFixtures.NONDETERMINISTIC_TIME.descriptor(),
                "# nondeterministic-time\n\nSeverity: **error**\n\n" + longParagraph + "\n\n## Wrong\n");
        Report report = new Report(only(chained(12)), List.of(wordy), BASE, VERSION, Optional.empty());

        String sarif = sarif(report);
        JsonNode rule = run(SarifChecks.assertValidForGithub(sarif)).path("tool").path("driver").path("rules").path(0);

        assertThat(rule.path("fullDescription").path("text").asText()).hasSize(1024).endsWith("...")
                .startsWith("Reports very very");
        assertThat(rule.path("help").path("text").asText()).contains(longParagraph);
    }

    // ---------------------------------------------------------------- results

    @Test
    void eachResultNamesItsRuleByIdAndIndexWithTheFindingsLevelAndMessage() {
        AnalysisResult result = everything(false);
        JsonNode run = run(parse(report(result)));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");

        assertThat(results.size()).isEqualTo(result.findings().size());
        for (int i = 0; i < results.size(); i++) {
            Finding f = result.findings().get(i);
            JsonNode r = results.path(i);
            assertThat(r.path("ruleId").asText()).isEqualTo(f.ruleId());
            assertThat(rules.path(r.path("ruleIndex").asInt(-1)).path("id").asText()).as("ruleIndex of %s", f.ruleId())
                    .isEqualTo(f.ruleId());
            assertThat(r.path("level").asText()).as("level of %s", f.ruleId()).isEqualTo(f.severity().label());
            assertThat(r.path("message").path("text").asText()).isEqualTo(f.message() + ".");
            assertThat(r.path("locations").size()).as("exactly one location").isEqualTo(1);
        }
        assertThat(levels(results)).containsExactlyInAnyOrder("error", "error", "error", "error", "warning", "note");
    }

    @Test
    void ruleIndexPointsAtTheRightRuleWhateverTheRulesOrder() {
        List<RuleDocumentation> reversed = new ArrayList<>(RULES);
        java.util.Collections.reverse(reversed);
        Report report = new Report(everything(false), reversed, BASE, VERSION, Optional.empty());

        JsonNode run = run(SarifChecks.assertValidForGithub(sarif(report)));
        JsonNode rules = run.path("tool").path("driver").path("rules");

        assertThat(ids(rules)).containsExactlyElementsOf(reversed.stream().map(r -> r.descriptor().id()).toList());
        for (JsonNode r : run.path("results")) {
            assertThat(rules.path(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
        }
    }

    @Test
    void messagesAlreadyEndingInAPeriodGetNoSecond() {
        Finding f = new Finding("environment-read", Severity.WARNING, HANDLER, new TextRange(3, 1, 3, 5),
                "Reads the environment.", "Main.run()", "System.getenv()", List.of());

        JsonNode result = run(parse(report(only(f)))).path("results").path(0);

        assertThat(result.path("message").path("text").asText()).isEqualTo("Reads the environment.");
    }

    @Test
    void locationIsRelativeToSrcrootWithTheWholeRegionAndAnExclusiveEndColumn() {
        JsonNode run = run(parse(report(only(chained(12), ReportFixtures.unverifiedName(31)))));

        JsonNode physical = run.path("results").path(0).path("locations").path(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("src/main/java/app/OrderHandler.java");
        assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo(SRCROOT);
        JsonNode region = physical.path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(12);
        assertThat(region.path("startColumn").asInt()).isEqualTo(9);
        assertThat(region.path("endLine").asInt()).isEqualTo(12);
        // The finding's range ends on column 40 inclusive; SARIF's end column is the one after it.
        assertThat(region.path("endColumn").asInt()).isEqualTo(41);

        JsonNode multiLine = run.path("results").path(1).path("locations").path(0).path("physicalLocation").path("region");
        assertThat(List.of(multiLine.path("startLine").asInt(), multiLine.path("startColumn").asInt(),
                multiLine.path("endLine").asInt(), multiLine.path("endColumn").asInt())).containsExactly(31, 13, 32, 31);
    }

    @Test
    void srcrootIsTheBaseFolderAsAnAbsoluteFileUriEndingInASlash() {
        JsonNode bases = run(parse(report(everything(false)))).path("originalUriBaseIds");

        assertThat(bases.size()).isEqualTo(1);
        assertThat(bases.path(SRCROOT).path("uri").asText()).isEqualTo(BASE.toUri().toString().replaceAll("/?$", "/"))
                .startsWith("file:///").endsWith("/");
    }

    @Test
    void aFileOutsideTheBaseFolderGetsAnAbsoluteFileUriAndNoBaseId() {
        String sarif = sarif(report(only(uuid(ReportFixtures.OUTSIDE, 7, 16, "Helper.newId()"))));
        JsonNode artifact = run(SarifChecks.assertValidForGithub(sarif)).path("results").path(0).path("locations").path(0)
                .path("physicalLocation").path("artifactLocation");

        assertThat(artifact.path("uri").asText()).isEqualTo(ReportFixtures.OUTSIDE.toUri().toString())
                .isEqualTo("file:///elsewhere/lib/Helper.java");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void resultsComeInTheFindingsOrderByPathLineAndColumn() {
        JsonNode results = run(parse(report(everything(false)))).path("results");

        List<String> order = new ArrayList<>();
        for (JsonNode r : results) {
            JsonNode physical = r.path("locations").path(0).path("physicalLocation");
            order.add(physical.path("artifactLocation").path("uri").asText() + ":" + physical.path("region").path("startLine").asInt());
        }
        assertThat(order).containsExactly(
                "file:///elsewhere/lib/Helper.java:7",
                "src/main/java/app/Broken.java:10",
                "src/main/java/app/OrderHandler.java:12",
                "src/main/java/app/OrderHandler.java:20",
                "src/main/java/app/OrderHandler.java:31",
                "src/main/java/app/OrderHandler.java:40");
    }

    @Test
    void equalInputGivesEqualBytes() {
        String first = sarif(report(everything(true), "durable-check/orders"));
        String second = sarif(report(everything(true), "durable-check/orders"));

        assertThat(second).isEqualTo(first);
        assertThat(first).endsWith("}\n").doesNotContain("\r");
    }

    // ---------------------------------------------------------------- fingerprints

    @Test
    void everyResultHasALineIndependentFingerprintThatMatchesFingerprintsOf() {
        Report report = report(everything(false));
        JsonNode results = run(parse(report)).path("results");
        List<String> expected = Fingerprints.of(report.result().findings(), report.baseDir());

        for (int i = 0; i < results.size(); i++) {
            JsonNode fingerprints = results.path(i).path("partialFingerprints");
            assertThat(fingerprints.size()).isEqualTo(1);
            assertThat(fingerprints.path(Fingerprints.KEY).asText()).isEqualTo(expected.get(i)).matches("[0-9a-f]{32}");
        }
        assertThat(texts(results, r -> r.path("partialFingerprints").path(Fingerprints.KEY).asText())).doesNotHaveDuplicates();
    }

    @Test
    void fingerprintSurvivesTheFindingMovingToAnotherLineInTheSameMember() {
        assertThat(fingerprint(chained(30))).isEqualTo(fingerprint(chained(12)));
        assertThat(fingerprint(environment(99))).isEqualTo(fingerprint(environment(20)));
        String member = "OrderHandler.handleRequest(Order, DurableContext)";
        assertThat(fingerprint(uuid(HANDLER, 80, 5, member))).isEqualTo(fingerprint(uuid(HANDLER, 40, 21, member)));
    }

    @Test
    void fingerprintChangesWithTheMemberTheExpressionOrTheFile() {
        Finding base = uuid(HANDLER, 40, 21, "OrderHandler.handleRequest(Order, DurableContext)");
        String original = fingerprint(base);

        assertThat(fingerprint(uuid(HANDLER, 40, 21, "OrderHandler.audit(Order, DurableContext)"))).isNotEqualTo(original);
        assertThat(fingerprint(uuid(BROKEN, 40, 21, base.enclosingMember()))).isNotEqualTo(original);
        Finding otherExpression = new Finding(base.ruleId(), base.severity(), base.file(), base.range(), base.message(),
                base.enclosingMember(), "UUID.randomUUID().toString()", List.of());
        assertThat(fingerprint(otherExpression)).isNotEqualTo(original);
    }

    @Test
    void twoEqualFindingsInOneMemberAreToldApartAndKeepTheirFingerprintsWhenBothMove() {
        String member = "OrderHandler.handleRequest(Order, DurableContext)";
        List<String> before = fingerprints(only(uuid(HANDLER, 40, 21, member), uuid(HANDLER, 44, 21, member)));
        List<String> after = fingerprints(only(uuid(HANDLER, 52, 21, member), uuid(HANDLER, 56, 9, member)));

        assertThat(before).doesNotHaveDuplicates();
        assertThat(after).isEqualTo(before);
    }

    // ---------------------------------------------------------------- chains

    @Test
    void aChainedFindingCarriesItsChainAsOneCodeFlowAndTheSinkAsARelatedLocation() {
        Finding f = chained(12);
        JsonNode result = run(SarifChecks.assertValidForGithub(sarif(report(only(f))))).path("results").path(0);

        JsonNode flows = result.path("codeFlows");
        assertThat(flows.size()).isEqualTo(1);
        assertThat(flows.path(0).path("message").path("text").asText()).isNotBlank();
        JsonNode threads = flows.path(0).path("threadFlows");
        assertThat(threads.size()).as("one thread flow per chain").isEqualTo(1);
        JsonNode steps = threads.path(0).path("locations");
        assertThat(steps.size()).isEqualTo(f.chain().size());
        for (int i = 0; i < f.chain().size(); i++) {
            CallHop hop = f.chain().get(i);
            JsonNode location = steps.path(i).path("location");
            JsonNode physical = location.path("physicalLocation");
            assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo(BASE.relativize(hop.file()).toString());
            assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo(SRCROOT);
            assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(hop.range().beginLine());
            assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(hop.range().beginColumn());
            assertThat(physical.path("region").path("endColumn").asInt()).isEqualTo(hop.range().endColumn() + 1);
            assertThat(location.path("message").path("text").asText()).startsWith(hop.description());
        }

        JsonNode related = result.path("relatedLocations");
        assertThat(related.size()).isEqualTo(1);
        JsonNode sink = related.path(0);
        assertThat(sink.path("message").path("text").asText()).as("GH1007: related locations need a message")
                .contains("Instant.now()");
        assertThat(sink.path("physicalLocation").path("artifactLocation").path("uri").asText()).isEqualTo("src/main/java/app/Progress.java");
        assertThat(sink.path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(15);
        assertThat(sink.path("physicalLocation").path("region").path("endColumn").asInt()).isEqualTo(35);
    }

    @Test
    void onlyChainedFindingsHaveCodeFlowsOrRelatedLocations() {
        JsonNode results = run(parse(report(everything(false)))).path("results");

        for (JsonNode r : results) {
            boolean chained = r.path("message").path("text").asText().contains("reached through");
            assertThat(r.has("codeFlows")).as("codeFlows on %s", r.path("ruleId")).isEqualTo(chained);
            assertThat(r.has("relatedLocations")).as("relatedLocations on %s", r.path("ruleId")).isEqualTo(chained);
        }
        assertThat(texts(results, r -> String.valueOf(r.has("codeFlows")))).containsOnlyOnce("true");
    }

    // ---------------------------------------------------------------- run details

    @Test
    void automationIdIsWrittenOnlyWhenGiven() {
        assertThat(run(parse(report(everything(false), "durable-check/orders-service"))).path("automationDetails").path("id").asText())
                .isEqualTo("durable-check/orders-service");
        assertThat(run(parse(report(everything(false)))).has("automationDetails")).isFalse();
    }

    @Test
    void severalReportsAreOneLogWithARunEachInTheOrderGivenEachAsItWouldBeAlone() throws IOException {
        Report orders = report(everything(false), "durable-check/orders");
        Report empty = report(only(), "durable-check/helpers");
        StringWriter out = new StringWriter();
        new SarifReporter().writeRuns(List.of(orders, empty), out);

        JsonNode log = SarifChecks.assertValidForGithub(out.toString());

        assertThat(log.path("runs")).hasSize(2);
        assertThat(log.path("runs").path(0)).isEqualTo(run(parse(orders)));
        assertThat(log.path("runs").path(1)).isEqualTo(run(parse(empty)));
        assertThat(log.path("runs").path(1).path("results")).isEmpty();
    }

    @Test
    void filesThatCouldNotBeParsedWarningsAndInternalErrorsAreToolNotifications() {
        JsonNode invocations = run(SarifChecks.assertValidForGithub(sarif(report(everything(true))))).path("invocations");

        assertThat(invocations.size()).isEqualTo(1);
        JsonNode invocation = invocations.path(0);
        assertThat(invocation.path("executionSuccessful").isBoolean()).isTrue();
        assertThat(invocation.path("executionSuccessful").asBoolean()).as("an internal error means the run failed").isFalse();
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertThat(notifications.size()).isEqualTo(3);

        JsonNode parse = find(notifications, n -> n.path("message").path("text").asText()
                .startsWith("src/main/java/app/Broken.java was not analysed: cannot parse"));
        assertThat(parse.path("level").asText()).isEqualTo("error");
        JsonNode physical = parse.path("locations").path(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("src/main/java/app/Broken.java");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(10);

        JsonNode warning = find(notifications, n -> n.path("message").path("text").asText().startsWith(CLASSPATH_WARNING));
        assertThat(warning.path("level").asText("warning")).as("absent level means warning").isEqualTo("warning");

        JsonNode internal = find(notifications, n -> n.path("message").path("text").asText().startsWith(INTERNAL_ERROR));
        assertThat(internal.path("level").asText()).isEqualTo("error");
    }

    @Test
    void aRunWithAParseErrorButNoInternalErrorSucceededAndStillNamesTheFile() {
        JsonNode invocation = run(parse(report(only(ReportFixtures.parseError())))).path("invocations").path(0);

        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.path("toolExecutionNotifications").size()).isEqualTo(1);
        assertThat(invocation.path("toolExecutionNotifications").path(0).path("locations").path(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()).isEqualTo("src/main/java/app/Broken.java");
    }

    @Test
    void aFileNotAnalysedFailsTheInvocationAndIsANotificationBesidesItsResult() {
        JsonNode run = run(SarifChecks.assertValidForGithub(sarif(ReportFixtures.incompleteRun())));
        JsonNode invocation = run.path("invocations").path(0);

        assertThat(invocation.path("executionSuccessful").asBoolean(true)).isFalse();
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertThat(notifications.size()).isEqualTo(1);
        JsonNode notification = notifications.path(0);
        assertThat(notification.path("level").asText()).isEqualTo("error");
        assertThat(notification.path("message").path("text").asText()).isEqualTo(
                "src/main/java/app/OrderHandler.java was not analysed: " + ReportFixtures.BUDGET_REASON + ".");
        assertThat(notification.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri")
                .asText()).isEqualTo("src/main/java/app/OrderHandler.java");
        // The descriptor points into the driver's notifications, the associated rule into its rules.
        JsonNode driver = run.path("tool").path("driver");
        JsonNode descriptor = notification.path("descriptor");
        assertThat(descriptor.path("id").asText()).isEqualTo("analysis-incomplete");
        assertThat(driver.path("notifications").path(descriptor.path("index").asInt()).path("id").asText())
                .isEqualTo("analysis-incomplete");
        JsonNode rule = notification.path("associatedRule");
        assertThat(rule.path("id").asText()).isEqualTo("analysis-incomplete");
        assertThat(driver.path("rules").path(rule.path("index").asInt()).path("id").asText()).isEqualTo("analysis-incomplete");

        JsonNode result = find(run.path("results"), r -> r.path("ruleId").asText().equals("analysis-incomplete"));
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(8);
    }

    @Test
    void aRunThatAnalysedEveryFileHasNoNotificationDescriptors() {
        JsonNode driver = run(parse(report(only(ReportFixtures.environment(20))))).path("tool").path("driver");

        assertThat(driver.has("notifications")).isFalse();
    }

    // ---------------------------------------------------------------- paths that need encoding

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "src/main/java/my app/Handler.java | src/main/java/my%20app/Handler.java",
        "src/main/java/c#/Handler.java     | src/main/java/c%23/Handler.java",
        "src/main/java/100%/Handler.java   | src/main/java/100%25/Handler.java",
        "src/main/java/über/Handler.java   | src/main/java/%C3%BCber/Handler.java"})
    void pathsThatAreNotUriSafeArePercentEncoded(String path, String uri) {
        Finding f = uuid(BASE.resolve(path), 3, 5, "Handler.run()");

        String sarif = sarif(report(only(f)));

        JsonNode artifact = run(SarifChecks.parse(sarif)).path("results").path(0).path("locations").path(0)
                .path("physicalLocation").path("artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo(uri);
        SarifChecks.assertValidForGithub(sarif);
    }

    // ---------------------------------------------------------------- helpers

    private static String sarif(Report report) {
        return ReportFixtures.write(new SarifReporter(), report);
    }

    /** The log, parsed after it passed the schema and GitHub's checks: every log written here is validated. */
    private static JsonNode parse(Report report) {
        return SarifChecks.assertValidForGithub(sarif(report));
    }

    private static JsonNode run(JsonNode log) {
        return log.path("runs").path(0);
    }

    private static String fingerprint(Finding f) {
        return fingerprints(only(f)).get(0);
    }

    private static List<String> fingerprints(AnalysisResult result) {
        return texts(run(parse(report(result))).path("results"), r -> r.path("partialFingerprints").path(Fingerprints.KEY).asText());
    }

    private static List<String> ids(JsonNode rules) {
        return texts(rules, r -> r.path("id").asText());
    }

    private static List<String> levels(JsonNode results) {
        return texts(results, r -> r.path("level").asText());
    }

    private static List<String> texts(JsonNode array) {
        return texts(array, JsonNode::asText);
    }

    private static List<String> texts(JsonNode array, java.util.function.Function<JsonNode, String> field) {
        return StreamSupport.stream(array.spliterator(), false).map(field).toList();
    }

    private static JsonNode rule(JsonNode rules, String id) {
        return find(rules, r -> r.path("id").asText().equals(id));
    }

    private static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        return StreamSupport.stream(array.spliterator(), false).filter(test).findFirst()
                .orElseThrow(() -> new AssertionError("no match in " + array));
    }
}
