package dev.durablecheck.core.catalog;

import dev.durablecheck.core.resolve.MemberTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiCatalogTest {

    private static final String OBJECT = "java.lang.Object";

    /** Supertypes the tests know of, nearest first; any other type has only Object above it. */
    private static final Map<String, List<String>> SUPERTYPES = Map.of(
            "java.util.ArrayList", List.of("java.util.AbstractList", "java.util.List", "java.util.Collection"),
            "com.acme.MyRandom", List.of("java.util.Random"),
            "com.acme.SubClock", List.of("com.acme.Clock"),
            "java.lang.Integer", List.of("java.lang.Number"));

    private static final Function<String, List<String>> ANCESTORS = type -> {
        List<String> all = new ArrayList<>();
        all.add(type);
        all.addAll(SUPERTYPES.getOrDefault(type, List.of()));
        if (!type.equals(OBJECT)) {
            all.add(OBJECT);
        }
        return all;
    };

    private static ApiCatalog catalog(String json) {
        try {
            return ApiCatalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MemberTarget method(String owner, String name, boolean isStatic, String... argumentTypes) {
        return new MemberTarget(MemberTarget.Kind.METHOD, owner, name, Arrays.asList(argumentTypes), isStatic);
    }

    private static MemberTarget constructor(String owner, String... argumentTypes) {
        return new MemberTarget(MemberTarget.Kind.CONSTRUCTOR, owner, MemberTarget.CONSTRUCTOR_NAME,
                Arrays.asList(argumentTypes), false);
    }

    /** "rule" for a sink, "safe:why" for a safe member, "none" for no match. */
    private static String outcome(Optional<CatalogEntry> entry) {
        return entry.map(e -> e.isSafe() ? "safe:" + e.why() : e.rule()).orElse("none");
    }

    // ---- load --------------------------------------------------------------------------------------------

    @Test
    void loadsSinksWithTheirRuleAndSafeMembersWithWhy() {
        ApiCatalog catalog = catalog("""
                {"sinks": [
                   {"rule": "nondeterministic-time", "members": ["java.lang.System#nanoTime", "java.time.*#now"]},
                   {"rule": "nondeterministic-random", "instanceOnly": true, "members": ["java.util.Random#next*"]}
                 ],
                 "safe": [
                   {"why": "seeded, so every replay draws the same numbers", "members": ["java.util.Random#<init>(long)"]}
                 ]}
                """);

        assertThat(catalog.sinkRules()).containsExactly("nondeterministic-random", "nondeterministic-time");

        CatalogEntry nano = catalog.match(method("java.lang.System", "nanoTime", true), ANCESTORS).orElseThrow();
        assertThat(nano.rule()).isEqualTo("nondeterministic-time");
        assertThat(nano.sinkRule()).contains("nondeterministic-time");
        assertThat(nano.isSafe()).isFalse();
        assertThat(nano.why()).isNull();
        assertThat(nano.instanceOnly()).isFalse();
        assertThat(nano.pattern().text()).isEqualTo("java.lang.System#nanoTime");

        CatalogEntry next = catalog.match(method("java.util.Random", "nextInt", false), ANCESTORS).orElseThrow();
        assertThat(next.instanceOnly()).isTrue();

        CatalogEntry seeded = catalog.match(constructor("java.util.Random", "long"), ANCESTORS).orElseThrow();
        assertThat(seeded.isSafe()).isTrue();
        assertThat(seeded.sinkRule()).isEmpty();
        assertThat(seeded.why()).isEqualTo("seeded, so every replay draws the same numbers");
    }

    @Test
    void aMethodReferenceMatchesOnlyEntriesThatCoverEveryOverload() {
        ApiCatalog catalog = catalog("""
                {"sinks": [
                   {"rule": "nondeterministic-time", "members": ["java.time.Instant#now()", "java.lang.System#nanoTime"]},
                   {"rule": "environment-read", "members": ["java.lang.System#getenv"]}
                 ],
                 "safe": [{"why": "names one variable", "members": ["java.lang.System#getenv(java.lang.String)"]}]}
                """);

        assertThat(catalog.match(reference("java.lang.System", "nanoTime"), ANCESTORS).flatMap(CatalogEntry::sinkRule))
                .contains("nondeterministic-time");
        // now() is a sink, now(Clock) is not: the reference may be either.
        assertThat(catalog.match(reference("java.time.Instant", "now"), ANCESTORS)).isEmpty();
        // A safe entry for one overload makes the reference as unknown as a sink entry would.
        assertThat(catalog.match(reference("java.lang.System", "getenv"), ANCESTORS)).isEmpty();
        assertThat(catalog.match(method("java.time.Instant", "now", true), ANCESTORS).flatMap(CatalogEntry::sinkRule))
                .contains("nondeterministic-time");
    }

    private static MemberTarget reference(String owner, String name) {
        return new MemberTarget(MemberTarget.Kind.METHOD_REFERENCE, owner, name, List.of(), true);
    }

    @Test
    void anEmptyCatalogMatchesNothing() {
        ApiCatalog catalog = catalog("{}");
        assertThat(catalog.sinkRules()).isEmpty();
        assertThat(catalog.match(method("java.lang.System", "nanoTime", true), ANCESTORS)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"sinks": [{"members": ["java.lang.System#nanoTime"]}]}`               | a sink group has no rule
            `{"sinks": [{"rule": "", "members": ["java.lang.System#nanoTime"]}]}`   | a sink group has no rule
            `{"sinks": [{"rule": "  ", "members": []}]}`                            | a sink group has no rule
            `{"sinks": [{"rule": null, "members": []}]}`                            | a sink group has no rule
            `{"safe": [{"members": ["java.time.Duration"]}]}`                       | a safe group does not say why
            `{"safe": [{"why": "", "members": ["java.time.Duration"]}]}`            | a safe group does not say why
            `{"safe": [{"why": null, "members": ["java.time.Duration"]}]}`          | a safe group does not say why
            """)
    void rejectsGroupsWithoutRuleOrWhy(String json, String problem) {
        assertThatThrownBy(() -> catalog(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.json: " + problem);
    }

    @Test
    void rejectsAMalformedPatternNamingTheSourceAndThePattern() {
        assertThatThrownBy(() -> catalog("""
                {"sinks": [{"rule": "r", "members": ["java.lang.System#nanoTime", "java.util.Random#<init>(long"]}]}
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.json: ")
                .hasMessageContaining("unclosed parameter list")
                .hasMessageContaining("'java.util.Random#<init>(long'")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog("""
                {"safe": [{"why": "w", "members": ["#now"]}]}
                """))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("test.json: ")
                .hasMessageContaining("'#now'");
    }

    @Test
    void withCombinesEntriesAndSinkRules() {
        ApiCatalog time = catalog("""
                {"sinks": [{"rule": "nondeterministic-time", "members": ["java.lang.System#nanoTime"]}]}""");
        ApiCatalog uuid = catalog("""
                {"sinks": [{"rule": "nondeterministic-uuid", "members": ["java.util.UUID#randomUUID"]}],
                 "safe": [{"why": "derived from the bytes", "members": ["java.util.UUID#nameUUIDFromBytes"]}]}""");

        ApiCatalog both = time.with(uuid);

        assertThat(both.sinkRules()).containsExactly("nondeterministic-time", "nondeterministic-uuid");
        assertThat(outcome(both.match(method("java.lang.System", "nanoTime", true), ANCESTORS)))
                .isEqualTo("nondeterministic-time");
        assertThat(outcome(both.match(method("java.util.UUID", "nameUUIDFromBytes", true, "byte[]"), ANCESTORS)))
                .isEqualTo("safe:derived from the bytes");
        // with() does not change the originals
        assertThat(time.sinkRules()).containsExactly("nondeterministic-time");
        assertThat(time.match(method("java.util.UUID", "randomUUID", true), ANCESTORS)).isEmpty();
    }

    // ---- match: specificity ------------------------------------------------------------------------------

    private static final ApiCatalog LAYERED = catalog("""
            {"sinks": [
               {"rule": "whole-type",       "members": ["com.acme.Clock"]},
               {"rule": "member-glob",      "members": ["com.acme.Clock#read*"]},
               {"rule": "exact-member",     "members": ["com.acme.Clock#readNanos"]},
               {"rule": "with-parameters",  "members": ["com.acme.Clock#readNanos(long)"]},
               {"rule": "glob-type-member", "members": ["com.acme.*#readMillis"]},
               {"rule": "everything-acme",  "members": ["com.acme.**"]}
             ]}""");

    @ParameterizedTest(name = "{0}.{1}({2}) -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            com.acme.Clock        | readNanos   | long               | with-parameters
            com.acme.Clock        | readNanos   | int                | with-parameters
            com.acme.Clock        | readNanos   | java.lang.Long     | with-parameters
            com.acme.Clock        | readNanos   | ?                  | with-parameters
            com.acme.Clock        | readNanos   | java.lang.String   | exact-member
            com.acme.Clock        | readNanos   | double             | exact-member
            com.acme.Clock        | readNanos   | ``                 | exact-member
            com.acme.Clock        | readNanos   | long;long          | exact-member
            com.acme.Clock        | readSeconds | ``                 | member-glob
            com.acme.Clock        | tick        | ``                 | whole-type
            com.acme.Clock        | readMillis  | ``                 | glob-type-member
            com.acme.OtherClock   | readMillis  | ``                 | glob-type-member
            com.acme.OtherClock   | tick        | ``                 | everything-acme
            com.acme.sub.Clock    | readMillis  | ``                 | everything-acme
            org.acme.Clock        | readNanos   | long               | none
            """)
    void mostSpecificEntryWins(String owner, String name, String arguments, String expected) {
        String[] argumentTypes = arguments.isEmpty() ? new String[0]
                : Arrays.stream(arguments.split(";")).map(a -> a.equals("?") ? null : a).toArray(String[]::new);

        assertThat(outcome(LAYERED.match(method(owner, name, false, argumentTypes), ANCESTORS))).isEqualTo(expected);
    }

    @Test
    void onATieTheLaterEntryWins() {
        ApiCatalog sink = catalog("""
                {"sinks": [{"rule": "nondeterministic-time", "members": ["java.time.Instant#now"]}]}""");
        ApiCatalog safe = catalog("""
                {"safe": [{"why": "test carve-out", "members": ["java.time.Instant#now"]}]}""");
        MemberTarget now = method("java.time.Instant", "now", true);

        // A configuration's entries come after the built-in ones: a carve-out or a re-added sink wins a tie.
        assertThat(outcome(sink.with(safe).match(now, ANCESTORS))).isEqualTo("safe:test carve-out");
        assertThat(outcome(safe.with(sink).match(now, ANCESTORS))).isEqualTo("nondeterministic-time");
    }

    @Test
    void inOneFileSafeEntriesComeAfterSinksAndWinATieWhereverTheKeyIsWritten() {
        MemberTarget now = method("java.time.Instant", "now", true);
        ApiCatalog safeKeyFirst = catalog("""
                {"safe": [{"why": "test carve-out", "members": ["java.time.Instant#now"]}],
                 "sinks": [{"rule": "nondeterministic-time", "members": ["java.time.Instant#now"]}]}""");
        ApiCatalog sinksKeyFirst = catalog("""
                {"sinks": [{"rule": "nondeterministic-time", "members": ["java.time.Instant#now"]}],
                 "safe": [{"why": "test carve-out", "members": ["java.time.Instant#now"]}]}""");

        assertThat(outcome(safeKeyFirst.match(now, ANCESTORS))).isEqualTo("safe:test carve-out");
        assertThat(outcome(sinksKeyFirst.match(now, ANCESTORS))).isEqualTo("safe:test carve-out");
    }

    @Test
    void onATieBetweenTwoSinksTheLaterRuleWins() {
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "first",  "members": ["com.acme.Clock#read"]},
                           {"rule": "second", "members": ["com.acme.Clock#read"]}]}""");
        ApiCatalog other = catalog("""
                {"sinks": [{"rule": "third", "members": ["com.acme.Clock#read"]}]}""");
        MemberTarget read = method("com.acme.Clock", "read", false);

        assertThat(outcome(catalog.match(read, ANCESTORS))).isEqualTo("second");
        assertThat(outcome(catalog.with(other).match(read, ANCESTORS))).isEqualTo("third");
    }

    @Test
    void aLaterEntryOnlyWinsATieNotAgainstAMoreSpecificEarlierOne() {
        ApiCatalog builtIn = catalog("""
                {"sinks": [{"rule": "nondeterministic-time", "members": ["java.time.Instant#now()"]}]}""");
        ApiCatalog later = catalog("""
                {"safe": [{"why": "broad", "members": ["java.time.Instant#now", "java.time.Instant", "java.time.*"]}]}""");

        assertThat(outcome(builtIn.with(later).match(method("java.time.Instant", "now", true), ANCESTORS)))
                .isEqualTo("nondeterministic-time");
    }

    @Test
    void aTieBetweenAnExactTypeAndAGlobTypeEntryIsDecidedByOrderToo() {
        // Exact-type and glob-type entries are merged in entry order before the tie is decided.
        ApiCatalog globFirst = catalog("""
                {"sinks": [{"rule": "glob", "members": ["com.acme.*#read"]}]}""")
                .with(catalog("""
                {"sinks": [{"rule": "exact", "members": ["com.acme.Clock#read"]}]}"""));
        ApiCatalog exactFirst = catalog("""
                {"sinks": [{"rule": "exact", "members": ["com.acme.Clock#read"]}]}""")
                .with(catalog("""
                {"sinks": [{"rule": "glob", "members": ["com.acme.*#read"]}]}"""));
        MemberTarget read = method("com.acme.Clock", "read", false);

        // Not a tie: an exact type is more specific than a type glob, whatever the order.
        assertThat(outcome(globFirst.match(read, ANCESTORS))).isEqualTo("exact");
        assertThat(outcome(exactFirst.match(read, ANCESTORS))).isEqualTo("exact");
    }

    @Test
    void aLessSpecificSafeEntryLosesToAMoreSpecificSink() {
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "nondeterministic-time", "members": ["java.time.Clock#systemUTC"]}],
                 "safe":  [{"why": "a clock object is fine", "members": ["java.time.Clock", "java.time.Clock#system*"]},
                           {"why": "a fixed clock", "members": ["java.time.Clock#fixed"]}]}""");

        assertThat(outcome(catalog.match(method("java.time.Clock", "systemUTC", true), ANCESTORS)))
                .isEqualTo("nondeterministic-time");
        assertThat(outcome(catalog.match(method("java.time.Clock", "systemDefaultZone", true), ANCESTORS)))
                .isEqualTo("safe:a clock object is fine");
        assertThat(outcome(catalog.match(method("java.time.Clock", "fixed", true, "java.time.Instant", null), ANCESTORS)))
                .isEqualTo("safe:a fixed clock");
    }

    @Test
    void theReceiversOwnTypeIsDecidedBeforeItsSupertypes() {
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "nondeterministic-random", "members": ["java.util.Random#nextInt"]},
                           {"rule": "sub-clock", "members": ["com.acme.SubClock#now"]}],
                 "safe":  [{"why": "deterministic subclass", "members": ["com.acme.MyRandom"]},
                           {"why": "clock base is fine", "members": ["com.acme.Clock#now"]}]}""");

        // A whole-type entry on the receiver's type beats an exact member entry on its supertype...
        assertThat(outcome(catalog.match(method("com.acme.MyRandom", "nextInt", false), ANCESTORS)))
                .isEqualTo("safe:deterministic subclass");
        // ...and the sink on the subtype beats a safe entry on the supertype.
        assertThat(outcome(catalog.match(method("com.acme.SubClock", "now", false), ANCESTORS)))
                .isEqualTo("sub-clock");
        // Without an entry on the receiver's type, the supertype's entry applies (inherited members).
        ApiCatalog supertypeOnly = catalog("""
                {"sinks": [{"rule": "nondeterministic-random", "members": ["java.util.Random#nextInt"]}]}""");
        assertThat(outcome(supertypeOnly.match(method("com.acme.MyRandom", "nextInt", false), ANCESTORS)))
                .isEqualTo("nondeterministic-random");
        assertThat(outcome(supertypeOnly.match(method("com.acme.Unrelated", "nextInt", false), ANCESTORS)))
                .isEqualTo("none");
    }

    @Test
    void ancestorsAreAskedForTheReceiverType() {
        List<String> asked = new ArrayList<>();
        Function<String, List<String>> recording = t -> {
            asked.add(t);
            return ANCESTORS.apply(t);
        };
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "r", "members": ["java.util.Random#nextInt"]}]}""");

        assertThat(outcome(catalog.match(method("com.acme.MyRandom", "nextInt", false), recording))).isEqualTo("r");
        assertThat(asked).containsExactly("com.acme.MyRandom");
    }

    // ---- match: instanceOnly, constructors, fields -------------------------------------------------------

    @Test
    void instanceOnlyEntriesDoNotMatchStaticAccesses() {
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "shared-random", "instanceOnly": true, "members": ["com.acme.Dice#roll"]},
                           {"rule": "static-any", "members": ["com.acme.Dice#create"]}]}""");

        assertThat(outcome(catalog.match(method("com.acme.Dice", "roll", false), ANCESTORS))).isEqualTo("shared-random");
        assertThat(outcome(catalog.match(method("com.acme.Dice", "roll", true), ANCESTORS))).isEqualTo("none");
        assertThat(outcome(catalog.match(method("com.acme.Dice", "create", true), ANCESTORS))).isEqualTo("static-any");
        assertThat(outcome(catalog.match(method("com.acme.Dice", "create", false), ANCESTORS))).isEqualTo("static-any");
    }

    @Test
    void constructorPatternsMatchOnlyConstructorsAndMemberPatternsOnlyMembers() {
        ApiCatalog constructors = catalog("""
                {"sinks": [{"rule": "new-random", "members": ["java.util.Random#<init>"]}]}""");
        ApiCatalog anyMember = catalog("""
                {"sinks": [{"rule": "any-member", "members": ["java.util.Random#*"]}]}""");
        ApiCatalog wholeType = catalog("""
                {"sinks": [{"rule": "whole-type", "members": ["java.util.Random"]}]}""");

        assertThat(outcome(constructors.match(constructor("java.util.Random"), ANCESTORS))).isEqualTo("new-random");
        assertThat(outcome(constructors.match(constructor("java.util.Random", "long"), ANCESTORS))).isEqualTo("new-random");
        assertThat(outcome(constructors.match(method("java.util.Random", "nextInt", false), ANCESTORS))).isEqualTo("none");

        assertThat(outcome(anyMember.match(method("java.util.Random", "nextInt", false), ANCESTORS))).isEqualTo("any-member");
        assertThat(outcome(anyMember.match(constructor("java.util.Random"), ANCESTORS))).isEqualTo("none");

        assertThat(outcome(wholeType.match(constructor("java.util.Random"), ANCESTORS))).isEqualTo("whole-type");
        assertThat(outcome(wholeType.match(method("java.util.Random", "nextInt", false), ANCESTORS))).isEqualTo("whole-type");
    }

    @Test
    void constructorParametersSeparateSeededFromUnseeded() {
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "nondeterministic-random", "members": ["java.util.Random#<init>"]}],
                 "safe":  [{"why": "seeded", "members": ["java.util.Random#<init>(long)"]}]}""");

        assertThat(outcome(catalog.match(constructor("java.util.Random"), ANCESTORS))).isEqualTo("nondeterministic-random");
        assertThat(outcome(catalog.match(constructor("java.util.Random", "long"), ANCESTORS))).isEqualTo("safe:seeded");
        assertThat(outcome(catalog.match(constructor("java.util.Random", "int"), ANCESTORS))).isEqualTo("safe:seeded");
        assertThat(outcome(catalog.match(constructor("java.util.Random", "java.lang.Integer"), ANCESTORS))).isEqualTo("safe:seeded");
        assertThat(outcome(catalog.match(constructor("java.util.Random", (String) null), ANCESTORS))).isEqualTo("safe:seeded");
        assertThat(outcome(catalog.match(constructor("java.util.Random", "java.lang.String"), ANCESTORS)))
                .isEqualTo("nondeterministic-random");
    }

    @Test
    void fieldPatternsMatchFieldTargets() {
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "console-output", "members": ["java.lang.System#out"]}]}""");
        MemberTarget out = new MemberTarget(MemberTarget.Kind.FIELD, "java.lang.System", "out", List.of(), true);
        MemberTarget err = new MemberTarget(MemberTarget.Kind.FIELD, "java.lang.System", "err", List.of(), true);

        assertThat(outcome(catalog.match(out, ANCESTORS))).isEqualTo("console-output");
        assertThat(outcome(catalog.match(err, ANCESTORS))).isEqualTo("none");
    }

    // ---- match: parameter types against argument types ---------------------------------------------------

    @ParameterizedTest(name = "parameter {0} accepts argument {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            long                 | long                  | true
            long                 | int                   | true
            long                 | short                 | true
            long                 | byte                  | true
            long                 | char                  | true
            double               | float                 | true
            double               | long                  | true
            float                | long                  | true
            int                  | long                  | false
            int                  | double                | false
            char                 | byte                  | false
            short                | char                  | false
            int                  | boolean               | false
            boolean              | boolean               | true
            int                  | java.lang.Integer     | true
            long                 | java.lang.Integer     | true
            double               | java.lang.Long        | true
            char                 | java.lang.Character   | true
            boolean              | java.lang.Boolean     | true
            int                  | java.lang.Long        | false
            int                  | java.lang.String      | false
            java.lang.String     | java.lang.String      | true
            java.lang.Object     | java.lang.String      | true
            java.util.List       | java.util.ArrayList   | true
            java.util.Collection | java.util.ArrayList   | true
            java.util.Set        | java.util.ArrayList   | false
            java.lang.Number     | java.lang.Integer     | true
            java.util.ArrayList  | java.util.List        | false
            """)
    void parameterTypesAreCheckedAgainstKnownArgumentTypes(String parameter, String argument, boolean expected) {
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "r", "members": ["com.acme.Sink#take(%s)"]}]}""".formatted(parameter));

        boolean matched = catalog.match(method("com.acme.Sink", "take", true, argument), ANCESTORS).isPresent();

        assertThat(matched).isEqualTo(expected);
    }

    @Test
    void anUnknownArgumentTypeIsAcceptedButTheArgumentCountMustMatch() {
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "nondeterministic-random", "members": ["java.util.Collections#shuffle(java.util.List)"]}]}""");

        assertThat(outcome(catalog.match(method("java.util.Collections", "shuffle", true, (String) null), ANCESTORS)))
                .isEqualTo("nondeterministic-random");
        assertThat(outcome(catalog.match(method("java.util.Collections", "shuffle", true, "java.util.ArrayList"), ANCESTORS)))
                .isEqualTo("nondeterministic-random");
        assertThat(outcome(catalog.match(method("java.util.Collections", "shuffle", true, "java.util.ArrayList", "java.util.Random"), ANCESTORS)))
                .isEqualTo("none");
        assertThat(outcome(catalog.match(method("java.util.Collections", "shuffle", true, null, null), ANCESTORS)))
                .isEqualTo("none");
        assertThat(outcome(catalog.match(method("java.util.Collections", "shuffle", true), ANCESTORS)))
                .isEqualTo("none");
    }

    @Test
    void aPrimitiveArgumentIsBoxedForAReferenceParameter() {
        // Java accepts take(5) for take(Integer) (boxing) and for take(Object), e.g. the erased parameter of
        // Optional.of(T). ArgumentCompatibility.accepts("java.lang.Integer", "int", null) returns false because
        // ancestors are never looked up for primitives and there is no boxing table.
        ApiCatalog catalog = catalog("""
                {"sinks": [{"rule": "boxed", "members": ["com.acme.Sink#take(java.lang.Integer)"]},
                           {"rule": "erased", "members": ["java.util.Optional#of(java.lang.Object)"]}]}""");

        assertThat(outcome(catalog.match(method("com.acme.Sink", "take", true, "int"), ANCESTORS))).isEqualTo("boxed");
        assertThat(outcome(catalog.match(method("java.util.Optional", "of", true, "int"), ANCESTORS))).isEqualTo("erased");
    }
}
