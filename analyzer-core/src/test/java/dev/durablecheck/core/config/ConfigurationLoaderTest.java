package dev.durablecheck.core.config;

import dev.durablecheck.core.AnalysisResult;
import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.catalog.CatalogEntry;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.model.EntryLambda;
import dev.durablecheck.core.model.Operation;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.testsupport.CatalogRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code durable-check.json}: every key read into the {@link Configuration}, the order in which
 * configured catalog entries win against built-in ones and each other, its effect on a real run,
 * finding the file, and every error naming the file, the key and the line.
 */
class ConfigurationLoaderTest {

    private static final Set<String> IDS = CatalogRules.ids();
    private static final String OBJECT = "java.lang.Object";

    /** Supertypes the tests know of; any other type has only Object above it. */
    private static final Map<String, List<String>> SUPERTYPES = Map.of(
            "com.acme.sub.SpecialFlags", List.of("com.acme.Flags"),
            "org.other.OtherFlags", List.of("com.acme.Flags"));

    private static final Function<String, List<String>> ANCESTORS = type -> {
        List<String> all = new ArrayList<>();
        all.add(type);
        all.addAll(SUPERTYPES.getOrDefault(type, List.of()));
        if (!type.equals(OBJECT)) {
            all.add(OBJECT);
        }
        return all;
    };

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve(ConfigurationLoader.FILE_NAME), json);
    }

    private Configuration load(String json) throws IOException, ConfigurationException {
        return new ConfigurationLoader(IDS).load(write(json));
    }

    private ConfigurationException error(String json) throws IOException {
        Path file = write(json);
        ConfigurationException e = catchThrowableOfType(() -> new ConfigurationLoader(IDS).load(file),
                ConfigurationException.class);
        assertThat(e).as("an error for %s", json).isNotNull();
        assertThat(e.getMessage()).as("one line").doesNotContain("\n");
        return e;
    }

    /** Asserts the message starts with {@code <file>:<line>: } and names {@code key}. */
    private void assertNames(ConfigurationException e, int line, String key) {
        Path file = dir.resolve(ConfigurationLoader.FILE_NAME);
        assertThat(e.getMessage()).startsWith(file + ":" + line + ": ").contains(key);
    }

    private static MemberTarget method(String owner, String name, boolean isStatic, String... argumentTypes) {
        return new MemberTarget(MemberTarget.Kind.METHOD, owner, name, Arrays.asList(argumentTypes), isStatic);
    }

    /** "rule" for a sink, "safe:why" for a safe member, "none" for no match. */
    private static String outcome(ApiCatalog catalog, MemberTarget target) {
        return catalog.match(target, ANCESTORS).map(e -> e.isSafe() ? "safe:" + e.why() : e.rule()).orElse("none");
    }

    // ================================================================ keys

    @Test
    void anEmptyObjectAndTheSchemaKeyGiveTheDefaults() throws Exception {
        Configuration c = load("""
                {"$schema": "https://example.com/durable-check.schema.json"}
                """);

        assertThat(c.source()).contains(dir.resolve(ConfigurationLoader.FILE_NAME));
        assertThat(c.folder()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(c.severities()).isEmpty();
        assertThat(c.catalog().match(method("java.time.Instant", "now", true), ANCESTORS)).isEmpty();
        assertThat(c.stepWrappers()).isEmpty();
        assertThat(c.entryWrappers()).isEmpty();
        assertThat(c.includes(dir.resolve("src/A.java"))).isTrue();
        assertThat(load("{}").severities()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "error,   ERROR",
        "warning, WARNING",
        "note,    NOTE",
        "Warning, WARNING",
        "NOTE,    NOTE"
    })
    void rulesSetASeverity(String written, Severity expected) throws Exception {
        Configuration c = load("{\"rules\": {\"test-env\": \"" + written + "\"}}");

        assertThat(c.isOff("test-env")).isFalse();
        assertThat(c.severityOf("test-env", Severity.WARNING)).isEqualTo(expected);
        assertThat(c.severityOf("test-time", Severity.ERROR)).as("other rules keep their default").isEqualTo(Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", "Off"})
    void rulesSwitchARuleOff(String written) throws Exception {
        Configuration c = load("{\"rules\": {\"test-time\": \"" + written + "\", \"unknown-suppression\": \"off\"}}");

        assertThat(c.isOff("test-time")).isTrue();
        assertThat(c.isOff("unknown-suppression")).as("built-in ids can be switched off too").isTrue();
        assertThat(c.isOff("test-uuid")).isFalse();
    }

    @Test
    void sinksAcceptEveryFormOfMemberPattern() throws Exception {
        Configuration c = load("""
                {
                  "sinks": [
                    {"rule": "test-env", "members": ["com.acme.Flags", "com.acme.Settings#load(java.lang.String)"]},
                    {"rule": "test-time", "members": ["com.acme.clock.**", "com.acme.Timer#read*", "com.acme.Timer#elapsed"]},
                    {"rule": "test-uuid", "members": ["com.acme.Ids#<init>(long)", "com.acme.*Gen#next"]}
                  ]
                }
                """);
        ApiCatalog catalog = c.catalog();

        assertThat(catalog.sinkRules()).containsExactly("test-env", "test-time", "test-uuid");
        // whole class, also through a subtype
        assertThat(outcome(catalog, method("com.acme.Flags", "anything", true))).isEqualTo("test-env");
        assertThat(outcome(catalog, method("com.acme.sub.SpecialFlags", "enabled", false))).isEqualTo("test-env");
        // with parameter types: only that overload
        assertThat(outcome(catalog, method("com.acme.Settings", "load", true, "java.lang.String"))).isEqualTo("test-env");
        assertThat(outcome(catalog, method("com.acme.Settings", "load", true, "int"))).isEqualTo("none");
        assertThat(outcome(catalog, method("com.acme.Settings", "load", true))).isEqualTo("none");
        // package glob: every type below the package, at any depth; not a sibling package
        assertThat(outcome(catalog, method("com.acme.clock.Wall", "now", true))).isEqualTo("test-time");
        assertThat(outcome(catalog, method("com.acme.clock.deep.er.Wall", "now", true))).isEqualTo("test-time");
        assertThat(outcome(catalog, method("com.acme.clocks.Wall", "now", true))).isEqualTo("none");
        // member glob and plain member name
        assertThat(outcome(catalog, method("com.acme.Timer", "readNanos", false))).isEqualTo("test-time");
        assertThat(outcome(catalog, method("com.acme.Timer", "elapsed", false))).isEqualTo("test-time");
        assertThat(outcome(catalog, method("com.acme.Timer", "reset", false))).isEqualTo("none");
        // constructor with parameters, type glob within one segment
        assertThat(outcome(catalog, new MemberTarget(MemberTarget.Kind.CONSTRUCTOR, "com.acme.Ids", MemberTarget.CONSTRUCTOR_NAME,
                List.of("long"), false))).isEqualTo("test-uuid");
        assertThat(outcome(catalog, method("com.acme.IdGen", "next", false))).isEqualTo("test-uuid");
        assertThat(outcome(catalog, method("com.acme.x.IdGen", "next", false))).isEqualTo("none");
    }

    @Test
    void deterministicMembersAreSafeEntriesWithTheirReason() throws Exception {
        Configuration c = load("""
                {"deterministic": [
                   {"members": ["com.acme.Flags#isSafe", "com.acme.Pure"], "why": "pure functions of the input"},
                   {"members": ["com.acme.Flags#read(java.lang.String)"], "why": "read from a frozen snapshot"}
                 ]}
                """);

        assertThat(c.catalog().sinkRules()).isEmpty();
        assertThat(outcome(c.catalog(), method("com.acme.Flags", "isSafe", true))).isEqualTo("safe:pure functions of the input");
        assertThat(outcome(c.catalog(), method("com.acme.Pure", "anything", true))).isEqualTo("safe:pure functions of the input");
        assertThat(outcome(c.catalog(), method("com.acme.Flags", "read", true, "java.lang.String")))
                .isEqualTo("safe:read from a frozen snapshot");
        assertThat(outcome(c.catalog(), method("com.acme.Flags", "other", true))).isEqualTo("none");
    }

    @Test
    void stepBodiesBecomeStepOperationsOfTheWrapper() throws Exception {
        Configuration c = load("""
                {"stepBodies": [
                   {"method": "com.acme.Steps#run", "bodyArgument": 2, "nameArgument": 1},
                   {"method": "com.acme.Steps#quietly", "bodyArgument": 0, "contextParameter": 0}
                 ]}
                """);

        assertThat(c.stepWrappers()).hasSize(2);
        Operation run = c.stepWrappers().get(0);
        assertThat(run.receiver()).isEqualTo("com.acme.Steps");
        assertThat(run.family()).isEqualTo("run");
        assertThat(run.methods()).containsOnlyKeys("run");
        assertThat(run.arities()).as("any number of arguments").isEmpty();
        assertThat(run.nameArgument()).isEqualTo(1);
        assertThat(run.body().argument()).isEqualTo(2);
        assertThat(run.body().kind()).isEqualTo(BodyKind.STEP);
        assertThat(run.body().contextParameter()).isEqualTo(-1);
        Operation quietly = c.stepWrappers().get(1);
        assertThat(quietly.nameArgument()).as("no name argument").isEqualTo(-1);
        assertThat(quietly.body().argument()).isZero();
        assertThat(quietly.body().contextParameter()).isZero();
        assertThat(c.entryWrappers()).isEmpty();
    }

    @Test
    void entryPointsBecomeEntryLambdasOfTheWrapper() throws Exception {
        Configuration c = load("""
                {"entryPoints": [
                   {"method": "com.acme.Flows#define", "bodyArgument": 1, "contextParameter": 1},
                   {"method": "com.acme.Flows#simple", "bodyArgument": 0}
                 ]}
                """);

        assertThat(c.entryWrappers()).containsExactly(
                new EntryLambda("com.acme.Flows", "define", 1, 1),
                new EntryLambda("com.acme.Flows", "simple", 0, -1));
        assertThat(c.stepWrappers()).isEmpty();
    }

    @Test
    void includeAndExcludeGlobsAreRelativeToTheConfigurationsFolderAndExcludeWins() throws Exception {
        Configuration c = load("""
                {"include": ["src/main/**", "tools/*.java"],
                 "exclude": ["**/generated/**", "src/main/java/app/Legacy*.java"]}
                """);

        assertThat(c.includes(dir.resolve("src/main/java/app/Handler.java"))).isTrue();
        assertThat(c.includes(dir.resolve("tools/Script.java"))).isTrue();
        assertThat(c.includes(dir.resolve("tools/deeper/Script.java"))).as("'*' stays in one folder").isFalse();
        assertThat(c.includes(dir.resolve("src/test/java/app/HandlerTest.java"))).isFalse();
        assertThat(c.includes(dir.resolve("src/main/java/app/generated/Model.java"))).isFalse();
        assertThat(c.includes(dir.resolve("src/main/java/app/LegacyHandler.java"))).isFalse();
        assertThat(c.includes(dir.resolve("src/main/java/app/sub/../Handler.java"))).as("normalised").isTrue();
    }

    @Test
    void withoutIncludeEverythingIsIncludedExceptTheExcluded() throws Exception {
        Configuration c = load("{\"exclude\": [\"build/**\"]}");

        assertThat(c.includes(dir.resolve("anything/A.java"))).isTrue();
        assertThat(c.includes(dir.resolve("build/generated/A.java"))).isFalse();
    }

    // ================================================================ most specific wins

    /** The built-in catalog of the test rules followed by the configuration's entries, as a run merges them. */
    private ApiCatalog runCatalog(String json) throws Exception {
        return CatalogRules.BUILT_IN.with(load(json).catalog());
    }

    @Test
    void aDeterministicEntryAsSpecificAsTheBuiltInSinkWinsBecauseItComesLater() throws Exception {
        ApiCatalog catalog = runCatalog("""
                {"deterministic": [{"members": ["java.time.Instant#now()"], "why": "a test clock is installed"}]}""");

        assertThat(outcome(catalog, method("java.time.Instant", "now", true))).isEqualTo("safe:a test clock is installed");
        assertThat(outcome(catalog, method("java.lang.System", "currentTimeMillis", true))).isEqualTo(CatalogRules.TIME);
    }

    @ParameterizedTest(name = "deterministic {0} does not beat the built-in java.time.Instant#now()")
    @ValueSource(strings = {"java.time.Instant#now", "java.time.Instant#n*", "java.time.Instant", "java.time.**"})
    void aLessSpecificDeterministicEntryLosesToTheBuiltInSink(String member) throws Exception {
        ApiCatalog catalog = runCatalog("{\"deterministic\": [{\"members\": [\"" + member + "\"], \"why\": \"too broad\"}]}");

        assertThat(outcome(catalog, method("java.time.Instant", "now", true))).isEqualTo(CatalogRules.TIME);
        assertThat(outcome(catalog, method("java.time.Instant", "now", true, "java.time.Clock")))
                .as("where no sink is more specific, it applies").isEqualTo("safe:too broad");
    }

    @Test
    void aConfiguredSinkAsSpecificAsABuiltInSafeEntryWins() throws Exception {
        ApiCatalog catalog = runCatalog("""
                {"sinks": [{"rule": "test-time", "members": ["java.time.Instant#ofEpochMilli"]}]}""");

        assertThat(outcome(catalog, method("java.time.Instant", "ofEpochMilli", true, "long"))).isEqualTo(CatalogRules.TIME);
    }

    @ParameterizedTest(name = "{0}.{1}({2}) -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            com.acme.Flags            | isSafe   | ``                 | safe:known pure
            com.acme.Flags            | read     | java.lang.String   | safe:a snapshot
            com.acme.Flags            | read     | int                | test-env
            com.acme.Flags            | enabled  | ``                 | test-env
            org.other.OtherFlags      | isSafe   | ``                 | safe:known pure
            org.other.OtherFlags      | enabled  | ``                 | test-env
            com.acme.sub.SpecialFlags | isSafe   | ``                 | test-uuid
            com.acme.Pure             | compute  | ``                 | safe:pure type
            com.acme.Pure             | now      | ``                 | test-time
            com.acme.Other            | compute  | ``                 | test-uuid
            com.acme.deep.Other       | compute  | ``                 | test-uuid
            org.acme.Flags            | enabled  | ``                 | none
            """)
    void theMostSpecificConfiguredEntryWins(String owner, String name, String arguments, String expected) throws Exception {
        ApiCatalog catalog = runCatalog("""
                {"sinks": [
                   {"rule": "test-uuid", "members": ["com.acme.**"]},
                   {"rule": "test-env",  "members": ["com.acme.Flags"]},
                   {"rule": "test-time", "members": ["com.acme.Pure#now"]}
                 ],
                 "deterministic": [
                   {"members": ["com.acme.Flags#isSafe"], "why": "known pure"},
                   {"members": ["com.acme.Flags#read(java.lang.String)"], "why": "a snapshot"},
                   {"members": ["com.acme.Pure"], "why": "pure type"}
                 ]}""");
        String[] argumentTypes = arguments.isEmpty() ? new String[0] : arguments.split(";");

        // com.acme.sub.SpecialFlags extends Flags, but its own type is decided first, and com.acme.** matches it.
        assertThat(outcome(catalog, method(owner, name, true, argumentTypes))).isEqualTo(expected);
    }

    @Test
    void onATieInsideTheFileDeterministicWinsWhereverItIsWritten() throws Exception {
        // Sinks are read before deterministic members, so the later (safe) entry wins a tie in either key order.
        ApiCatalog before = runCatalog("""
                {"deterministic": [{"members": ["com.acme.Flags#read"], "why": "frozen"}],
                 "sinks": [{"rule": "test-env", "members": ["com.acme.Flags#read"]}]}""");
        ApiCatalog after = runCatalog("""
                {"sinks": [{"rule": "test-env", "members": ["com.acme.Flags#read"]}],
                 "deterministic": [{"members": ["com.acme.Flags#read"], "why": "frozen"}]}""");

        assertThat(outcome(before, method("com.acme.Flags", "read", true))).isEqualTo("safe:frozen");
        assertThat(outcome(after, method("com.acme.Flags", "read", true))).isEqualTo("safe:frozen");
    }

    // ================================================================ through a run

    @Nested
    class ThroughTheAnalyzer {

        private static final String STEPS = """
                package com.acme;

                import java.util.function.Supplier;
                import software.amazon.lambda.durable.DurableContext;

                public final class Steps {
                    public static <T> T run(DurableContext ctx, String name, Class<T> type, Supplier<T> body) {
                        return ctx.step(name, type, s -> body.get());
                    }
                }
                """;

        private static final String FLAGS = """
                package com.acme;

                public final class Flags {
                    public static boolean isSafe(String name) {
                        return name.isEmpty();
                    }

                    public static boolean enabled(String name) {
                        return name.length() > 3;
                    }
                }
                """;

        private static final String FLOWS = """
                package com.acme;

                import java.util.function.BiFunction;
                import software.amazon.lambda.durable.DurableContext;

                public final class Flows {
                    public static void define(String name, BiFunction<String, DurableContext, String> flow) {
                    }
                }
                """;

        private static final String HANDLER = """
                package app;

                import com.acme.Flags;
                import com.acme.Flows;
                import com.acme.Steps;
                import java.time.Instant;
                import software.amazon.lambda.durable.DurableContext;
                import software.amazon.lambda.durable.DurableHandler;

                public class OrderHandler extends DurableHandler<String, String> {

                    static {
                        Flows.define("orders", (input, ctx) -> input + Instant.now());
                    }

                    @Override
                    public String handleRequest(String input, DurableContext context) {
                        Instant wrapped = Steps.run(context, "stamp", Instant.class, () -> Instant.now());
                        boolean safe = Flags.isSafe(input);
                        boolean on = Flags.enabled(input);
                        long millis = System.currentTimeMillis();
                        Instant now = Instant.now();
                        return context.step("work", String.class, s -> input + wrapped + safe + on + millis + now);
                    }
                }
                """;

        private static final String CONFIG = """
                {
                  "sinks": [{"rule": "test-env", "members": ["com.acme.Flags"]}],
                  "deterministic": [
                    {"members": ["com.acme.Flags#isSafe"], "why": "a pure check of the name"},
                    {"members": ["java.time.Instant#now()"], "why": "the tests install a fixed clock"}
                  ],
                  "stepBodies": [{"method": "com.acme.Steps#run", "bodyArgument": 3, "nameArgument": 1}],
                  "entryPoints": [{"method": "com.acme.Flows#define", "bodyArgument": 1, "contextParameter": 1}]
                }
                """;

        private AnalysisResult analyse(Optional<String> config) throws Exception {
            Path src = dir.resolve("src");
            write(src.resolve("com/acme/Steps.java"), STEPS);
            write(src.resolve("com/acme/Flags.java"), FLAGS);
            write(src.resolve("com/acme/Flows.java"), FLOWS);
            write(src.resolve("app/OrderHandler.java"), HANDLER);
            Configuration configuration = config.isPresent() ? load(config.get()) : Configuration.defaults();
            AnalysisResult result = CatalogRules.analyze(List.of(src), configuration, Optional.empty());
            assertThat(result.internalErrors()).isEmpty();
            return result;
        }

        private List<String> found(AnalysisResult result) {
            return result.findings().stream()
                    .map(f -> f.ruleId() + "@" + f.range().beginLine() + ":" + snippetAt(f))
                    .toList();
        }

        private String snippetAt(Finding f) {
            String line = HANDLER.lines().toList().get(f.range().beginLine() - 1);
            return line.substring(f.range().beginColumn() - 1).split("[;)]", 2)[0];
        }

        @Test
        void withoutConfigurationTheWrappersLambdaIsOrchestrationCodeAndFlagsAreNotSinks() throws Exception {
            assertThat(found(analyse(Optional.empty()))).containsExactly(
                    "test-time@18:Instant.now(", "test-time@21:System.currentTimeMillis(", "test-time@22:Instant.now(");
        }

        @Test
        void withTheConfigurationTheStepWrapperEntryPointExtraSinkAndDeterministicMembersApply() throws Exception {
            // Instant.now() is declared deterministic, so only currentTimeMillis of the built-in sinks is left;
            // Flags.enabled is an extra sink, Flags.isSafe is carved out of it. The entry-point lambda is
            // orchestration code now, but its clock read is Instant.now(), declared deterministic.
            assertThat(found(analyse(Optional.of(CONFIG)))).containsExactly(
                    "test-env@20:Flags.enabled(input", "test-time@21:System.currentTimeMillis(");
        }

        @Test
        void aStepBodyWrapperMakesItsFunctionArgumentAStepBody() throws Exception {
            String config = """
                    {"stepBodies": [{"method": "com.acme.Steps#run", "bodyArgument": 3, "nameArgument": 1}]}""";

            assertThat(found(analyse(Optional.of(config)))).containsExactly(
                    "test-time@21:System.currentTimeMillis(", "test-time@22:Instant.now(");
        }

        @Test
        void anEntryPointMakesItsFunctionArgumentOrchestrationCode() throws Exception {
            String config = """
                    {"entryPoints": [{"method": "com.acme.Flows#define", "bodyArgument": 1, "contextParameter": 1}]}""";

            assertThat(found(analyse(Optional.of(config)))).containsExactly(
                    "test-time@13:Instant.now(",
                    "test-time@18:Instant.now(", "test-time@21:System.currentTimeMillis(", "test-time@22:Instant.now(");
        }

        @Test
        void anExtraSinkOnAUsersTypeIsReportedAndItsDeterministicMemberIsNot() throws Exception {
            String config = """
                    {"sinks": [{"rule": "test-env", "members": ["com.acme.Flags"]}],
                     "deterministic": [{"members": ["com.acme.Flags#isSafe"], "why": "pure"}]}""";

            assertThat(found(analyse(Optional.of(config)))).containsExactly(
                    "test-time@18:Instant.now(", "test-env@20:Flags.enabled(input",
                    "test-time@21:System.currentTimeMillis(", "test-time@22:Instant.now(");
        }

        @Test
        void aPackageGlobSinkCoversTheWholePackage() throws Exception {
            String config = """
                    {"sinks": [{"rule": "test-uuid", "members": ["com.acme.**"]}]}""";

            // Steps.run, Flags.isSafe and Flags.enabled are all members of com.acme (Flows.define runs in a static initialiser).
            assertThat(found(analyse(Optional.of(config)))).contains(
                    "test-uuid@18:Steps.run(context, \"stamp\", Instant.class, (", "test-uuid@19:Flags.isSafe(input",
                    "test-uuid@20:Flags.enabled(input");
        }

        @Test
        void aDeterministicBuiltInMemberIsSilentWhileOtherSinksOfTheRuleStay() throws Exception {
            String config = """
                    {"deterministic": [{"members": ["java.time.Instant#now()"], "why": "fixed clock"}]}""";

            assertThat(found(analyse(Optional.of(config)))).containsExactly("test-time@21:System.currentTimeMillis(");
        }

        @Test
        void aRuleSetOffReportsNothingAndASeverityIsApplied() throws Exception {
            String config = """
                    {"rules": {"test-time": "off", "test-env": "error"},
                     "sinks": [{"rule": "test-env", "members": ["com.acme.Flags#enabled"]}]}""";

            AnalysisResult result = analyse(Optional.of(config));

            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("test-env");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
        }

        @Test
        void excludedFilesAreNeitherScannedNorReported() throws Exception {
            AnalysisResult all = analyse(Optional.empty());
            AnalysisResult some = analyse(Optional.of("{\"exclude\": [\"src/app/**\"]}"));
            AnalysisResult included = analyse(Optional.of("{\"include\": [\"src/com/**\"]}"));

            assertThat(all.filesScanned()).isEqualTo(4);
            assertThat(some.filesScanned()).isEqualTo(3);
            assertThat(some.findings()).isEmpty();
            assertThat(included.filesScanned()).isEqualTo(3);
            assertThat(included.findings()).isEmpty();
        }

        @Test
        void anEntryPointInAFileThatMentionsTheSdkIsAnalysed() throws Exception {
            write(dir.resolve("src/app/Flow.java"), """
                    package app;

                    import com.acme.Flows;
                    import software.amazon.lambda.durable.DurableContext;

                    public final class Flow {
                        static {
                            // Only the import mentions the SDK: the lambda is orchestration code because of the entry point.
                            Flows.define("billing", (input, ctx) -> input + System.currentTimeMillis());
                        }
                    }
                    """);
            String config = """
                    {"entryPoints": [{"method": "com.acme.Flows#define", "bodyArgument": 1, "contextParameter": 1}]}""";

            AnalysisResult result = analyse(Optional.of(config));

            assertThat(result.findings()).anySatisfy(f -> assertThat(f.file().getFileName().toString()).isEqualTo("Flow.java"));
        }

        @Test
        void anEntryPointInAFileThatDoesNotMentionTheSdkIsAnalysed() throws Exception {
            write(dir.resolve("src/app/Flow.java"), """
                    package app;

                    import com.acme.Flows;
                    import java.time.Instant;

                    public final class Flow {
                        static {
                            Flows.define("billing", (input, ctx) -> input + System.currentTimeMillis());
                        }
                    }
                    """);
            String config = """
                    {"entryPoints": [{"method": "com.acme.Flows#define", "bodyArgument": 1, "contextParameter": 1}]}""";

            AnalysisResult result = analyse(Optional.of(config));

            assertThat(result.findings()).anySatisfy(f -> assertThat(f.file().getFileName().toString()).isEqualTo("Flow.java"));
        }

        private void write(Path file, String source) throws IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        }
    }

    // ================================================================ find

    @Test
    void findWalksUpFromANestedFolderOrFileToTheNearestFile() throws IOException {
        Path top = Files.writeString(dir.resolve(ConfigurationLoader.FILE_NAME), "{}");
        Path module = Files.createDirectories(dir.resolve("services/orders"));
        Path moduleConfig = Files.writeString(module.resolve(ConfigurationLoader.FILE_NAME), "{}");
        Path deep = Files.createDirectories(module.resolve("src/main/java/app"));
        Path handler = Files.writeString(deep.resolve("Handler.java"), "class Handler {}");
        Path other = Files.createDirectories(dir.resolve("services/billing/src"));

        assertThat(ConfigurationLoader.find(List.of(deep))).contains(moduleConfig);
        assertThat(ConfigurationLoader.find(List.of(handler))).contains(moduleConfig);
        assertThat(ConfigurationLoader.find(List.of(module))).contains(moduleConfig);
        assertThat(ConfigurationLoader.find(List.of(other))).contains(top);
        assertThat(ConfigurationLoader.find(List.of(dir))).contains(top);
    }

    @Test
    void findUsesTheFirstAnalysedPath() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Path bConfig = Files.writeString(b.resolve(ConfigurationLoader.FILE_NAME), "{}");
        Path aConfig = Files.writeString(a.resolve(ConfigurationLoader.FILE_NAME), "{}");

        assertThat(ConfigurationLoader.find(List.of(b, a))).contains(bConfig);
        assertThat(ConfigurationLoader.find(List.of(a, b))).contains(aConfig);
    }

    @Test
    void findIgnoresAFolderNamedLikeTheFileAndFindsNothingWithoutAny() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("x/y"));
        Files.createDirectories(dir.resolve("x").resolve(ConfigurationLoader.FILE_NAME));
        boolean anyAbove = false;
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            anyAbove |= Files.isRegularFile(p.resolve(ConfigurationLoader.FILE_NAME));
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(anyAbove, "a durable-check.json above the temporary folder");

        assertThat(ConfigurationLoader.find(List.of(nested))).isEmpty();
        assertThat(ConfigurationLoader.find(List.of())).isEmpty();
    }

    // ================================================================ errors

    @Test
    void anUnknownTopLevelKeyNamesTheFileAndTheKeyAndListsTheKnownOnes() throws IOException {
        ConfigurationException e = error("""
                {
                  "rulez": {"test-time": "off"}
                }
                """);

        assertThat(e.getMessage()).startsWith(dir.resolve(ConfigurationLoader.FILE_NAME) + ":")
                .matches("(?s).*:\\d+: rulez: unknown key.*")
                .contains("rules").contains("sinks").contains("stepBodies");
    }

    @Test
    void anUnknownKeyIsReportedAtItsOwnLine() throws IOException {
        assertNames(error("""
                {
                  "rulez": 1,
                  "include": [
                    "src/**"
                  ]
                }
                """), 2, "rulez");
        assertNames(error("""
                {
                  "sinks": [
                    {
                      "rule": "test-env",
                      "typo": "x",
                      "members": [
                        "com.acme.Flags"
                      ]
                    }
                  ]
                }
                """), 5, "sinks[0].typo");
    }

    @Test
    void anUnknownNestedKeyNamesThePathToIt() throws IOException {
        ConfigurationException e = error("""
                {
                  "sinks": [
                    {"rule": "test-env", "members": ["com.acme.Flags"], "instanceOnly": true}
                  ]
                }
                """);

        assertNames(e, 3, "sinks[0].instanceOnly: unknown key");
        assertThat(e.getMessage()).contains("members").contains("rule");
        assertNames(error("""
                {"stepBodies": [{"method": "com.acme.Steps#run", "bodyArgument": 1, "nameArg": 0}]}
                """), 1, "stepBodies[0].nameArg: unknown key");
        assertNames(error("""
                {"deterministic": [{"members": ["com.acme.Flags"], "why": "x", "reason": "y"}]}
                """), 1, "deterministic[0].reason: unknown key");
    }

    @Test
    void rulesAsAListIsAWrongType() throws IOException {
        assertNames(error("""
                {
                  "rules": ["test-time"]
                }
                """), 2, "rules");
    }

    @Test
    void wrongTypesNameTheKeyAndTheLine() throws IOException {
        assertNames(error("""
                {
                  "stepBodies": [
                    {"method": "com.acme.Steps#run",
                     "bodyArgument": "first"}
                  ]
                }
                """), 4, "stepBodies[0].bodyArgument");
        assertNames(error("""
                {
                  "entryPoints": [
                    {"method": "com.acme.Flows#define", "bodyArgument": true}
                  ]
                }
                """), 3, "entryPoints[0].bodyArgument");
        assertNames(error("""
                {
                  "include": "src/**"
                }
                """), 2, "include");
        assertNames(error("""
                {
                  "sinks": {"rule": "test-env", "members": ["com.acme.Flags"]}
                }
                """), 2, "sinks");
        assertNames(error("""
                {
                  "sinks": [{"rule": "test-env", "members": "com.acme.Flags"}]
                }
                """), 2, "sinks[0].members");
        assertNames(error("""
                {
                  "rules": {"test-time": {"severity": "note"}}
                }
                """), 2, "rules");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"stepBodies\": [{\"method\": \"com.acme.Steps#run\", \"bodyArgument\": \"2\"}]}",
        "{\"stepBodies\": [{\"method\": \"com.acme.Steps#run\", \"bodyArgument\": 1.7}]}",
        "{\"deterministic\": [{\"members\": [\"com.acme.Flags\"], \"why\": 5}]}",
        "{\"sinks\": [{\"rule\": \"test-env\", \"members\": [42]}]}"
    })
    void coercibleScalarsOfTheWrongTypeAreErrorsToo(String json) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> new ConfigurationLoader(IDS).load(file)).isInstanceOf(ConfigurationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"sinks\": [{\"rule\": \"test-env\", \"members\": null}]}",
        "{\"sinks\": [null]}",
        "{\"sinks\": [{\"rule\": \"test-env\", \"members\": [null]}]}",
        "{\"stepBodies\": [{\"method\": null, \"bodyArgument\": 1}]}",
        "{\"stepBodies\": [{\"method\": \"com.acme.Steps#run\", \"bodyArgument\": null}]}",
        "{\"deterministic\": [{\"members\": null, \"why\": \"x\"}]}"
    })
    void explicitNullsAreErrorsNamingTheKey(String json) throws IOException {
        Path file = write(json);

        assertThatThrownBy(() -> new ConfigurationLoader(IDS).load(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ":1: ");
    }

    @Test
    void missingRequiredKeysNameTheKeyAndTheLine() throws IOException {
        assertNames(error("""
                {
                  "sinks": [
                    {"members": ["com.acme.Flags"]}
                  ]
                }
                """), 3, "sinks[0].rule");
        assertNames(error("""
                {
                  "sinks": [
                    {"rule": "test-env"}
                  ]
                }
                """), 3, "sinks[0].members");
        assertNames(error("""
                {
                  "deterministic": [
                    {"members": ["com.acme.Flags"]}
                  ]
                }
                """), 3, "deterministic[0].why");
        assertNames(error("""
                {
                  "stepBodies": [
                    {"bodyArgument": 1}
                  ]
                }
                """), 3, "stepBodies[0].method");
        assertNames(error("""
                {
                  "entryPoints": [
                    {"method": "com.acme.Flows#define"}
                  ]
                }
                """), 3, "entryPoints[0].bodyArgument");
    }

    @Test
    void anUnknownRuleIdNamesTheKeyAndItsLine() throws IOException {
        assertNames(error("""
                {
                  "rules": {
                    "test-time": "note",
                    "test-tme": "off"
                  }
                }
                """), 4, "rules.test-tme: unknown rule id");
        assertNames(error("""
                {
                  "sinks": [
                    {"rule": "test-env", "members": ["com.acme.A"]},
                    {"rule": "test-enf", "members": ["com.acme.B"]}
                  ]
                }
                """), 4, "sinks[1].rule: unknown rule id");
    }

    @Test
    void aBadSeverityNamesTheKeyTheValueAndTheLine() throws IOException {
        ConfigurationException e = error("""
                {
                  "rules": {
                    "test-time": "fatal"
                  }
                }
                """);

        assertNames(e, 3, "rules.test-time");
        assertThat(e.getMessage()).contains("'fatal'").contains("error, warning, note or off");
        assertNames(error("{\"rules\": {\"test-time\": 3}}"), 1, "rules.test-time");
        assertNames(error("{\"rules\": {\"test-time\": \"\"}}"), 1, "rules.test-time");
    }

    @Test
    void aBadSeverityIsReportedAtItsOwnLineEvenWhenTheRuleIdAppearsEarlier() throws IOException {
        assertNames(error("""
                {
                  "sinks": [{"rule": "test-env", "members": ["com.acme.Flags"]}],
                  "rules": {
                    "test-env": "fatal"
                  }
                }
                """), 4, "rules.test-env");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "com.acme.Flags#read(java.lang.String",
        "com.acme.Flags#read(java.lang.String,)",
        "com.acme.Flags#",
        "#read",
        "com.acme.Flags(int)"
    })
    void aMalformedMemberPatternNamesTheKeyThePatternAndTheLine(String pattern) throws IOException {
        ConfigurationException sink = error("""
                {
                  "sinks": [
                    {"rule": "test-env",
                     "members": ["com.acme.Ok", "%s"]}
                  ]
                }
                """.formatted(pattern));
        ConfigurationException safe = error("""
                {
                  "deterministic": [
                    {"why": "pure",
                     "members": [
                       "%s"
                     ]}
                  ]
                }
                """.formatted(pattern));

        assertNames(sink, 4, "sinks[0].members[1]");
        assertThat(sink.getMessage()).contains("'" + pattern + "'");
        assertNames(safe, 5, "deterministic[0].members[0]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"com.acme.Steps.run", "com.acme.Steps#", "#run", "com.acme.Steps#run(int)", "com.acme.*#run",
        "com.acme.Steps#r*"})
    void aBadWrapperMethodNamesTheKeyAndTheLine(String method) throws IOException {
        ConfigurationException step = error("""
                {
                  "stepBodies": [
                    {"bodyArgument": 1,
                     "method": "%s"}
                  ]
                }
                """.formatted(method));
        ConfigurationException entry = error("""
                {
                  "entryPoints": [{"method": "%s", "bodyArgument": 0}]
                }
                """.formatted(method));

        assertNames(step, 4, "stepBodies[0].method");
        assertThat(step.getMessage()).contains("com.example.Type#method");
        assertNames(entry, 2, "entryPoints[0].method");
    }

    private static final String BAD_GLOB = """
            {
              "include": ["src/**"],
              "exclude": [
                "src/[gen"
              ]
            }
            """;

    @Test
    void anInvalidGlobNamesTheKeyAndTheLine() throws IOException {
        Path file = write(BAD_GLOB);

        assertThatThrownBy(() -> new ConfigurationLoader(IDS).load(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(file + ":4: exclude[0]: not a valid glob");
    }

    @Test
    void anInvalidGlobIsAOneLineMessage() throws IOException {
        assertNames(error(BAD_GLOB), 4, "exclude[0]: not a valid glob");
    }

    @Test
    void invalidJsonNamesTheFileAndTheLine() throws IOException {
        assertNames(error("""
                {
                  "rules": {
                    "test-time": "note",
                  }
                }
                """), 4, "Unexpected character");
        assertNames(error("""
                {
                  "rules": {"test-time": "note"}
                """), 3, "not valid JSON");
        assertNames(error("""
                {"rules": {}} {"sinks": []}
                """), 1, "not valid JSON");
        assertNames(error("""
                [
                  {"rules": {}}
                ]
                """), 1, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n", "null"})
    void anEmptyFileIsAnErrorNamingTheFile(String content) throws IOException {
        ConfigurationException e = error(content);

        assertThat(e.getMessage()).startsWith(dir.resolve(ConfigurationLoader.FILE_NAME) + ":");
        assertThat(e.getMessage()).containsAnyOf("empty", "No content");
    }

    @Test
    void anEmptyFileNamesLineOne() throws IOException {
        assertNames(error(""), 1, "not valid JSON");
    }

    @Test
    void anUnreadableFileNamesIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.json"));

        assertThatThrownBy(() -> new ConfigurationLoader(IDS).load(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(folder + ": ");
        assertThatThrownBy(() -> new ConfigurationLoader(IDS).load(dir.resolve("missing.json")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("missing.json");
    }

    @Test
    void aValidEntryAfterAnErrorDoesNotHideIt() throws IOException {
        // The first problem in the file is the one reported.
        ConfigurationException e = error("""
                {
                  "rules": {"test-time": "loud"},
                  "sinks": [{"rule": "nope", "members": ["com.acme.A"]}]
                }
                """);

        assertNames(e, 2, "rules.test-time");
    }

    @Test
    void catalogEntriesKeepTheirRuleAndReason() throws Exception {
        Configuration c = load("""
                {"sinks": [{"rule": "test-env", "members": ["com.acme.Flags"]}],
                 "deterministic": [{"members": ["com.acme.Flags#isSafe"], "why": "pure"}]}""");

        Optional<CatalogEntry> sink = c.catalog().match(method("com.acme.Flags", "x", true), ANCESTORS);
        Optional<CatalogEntry> safe = c.catalog().match(method("com.acme.Flags", "isSafe", true), ANCESTORS);
        assertThat(sink).hasValueSatisfying(e -> {
            assertThat(e.sinkRule()).contains("test-env");
            assertThat(e.instanceOnly()).isFalse();
            assertThat(e.pattern().text()).isEqualTo("com.acme.Flags");
        });
        assertThat(safe).hasValueSatisfying(e -> {
            assertThat(e.isSafe()).isTrue();
            assertThat(e.why()).isEqualTo("pure");
        });
    }
}
