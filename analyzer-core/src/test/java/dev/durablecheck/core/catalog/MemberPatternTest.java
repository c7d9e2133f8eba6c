package dev.durablecheck.core.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberPatternTest {

    /** Rows: pattern text | type | member ("" for none) | parameters ("-" for none, "()" for an empty list, else ';'-separated). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            java.lang.System#nanoTime                                     | java.lang.System                                | nanoTime    | -
            java.time.Instant                                             | java.time.Instant                               | ``          | -
            java.util.Random#<init>                                       | java.util.Random                                | <init>      | -
            java.util.Random#<init>()                                     | java.util.Random                                | <init>      | ()
            java.util.Random#<init>(long)                                 | java.util.Random                                | <init>      | long
            `  java.util.Collections#shuffle( java.util.List ,java.util.Random )  ` | java.util.Collections        | shuffle     | java.util.List;java.util.Random
            software.amazon.lambda.durable.DurableContext#*Async          | software.amazon.lambda.durable.DurableContext   | *Async      | -
            java.time.*#now                                               | java.time.*                                     | now         | -
            java.**                                                       | java.**                                         | ``          | -
            java.util.Random#next*(int)                                   | java.util.Random                                | next*       | int
            """)
    void parsesTypeMemberAndParameters(String text, String type, String member, String parameters) {
        MemberPattern p = MemberPattern.parse(text);

        assertThat(p.text()).isEqualTo(text);
        assertThat(p.type()).isEqualTo(type);
        assertThat(p.member()).isEqualTo(member.isEmpty() ? null : member);
        List<String> expectedParameters = switch (parameters) {
            case "-" -> null;
            case "()" -> List.of();
            default -> Arrays.asList(parameters.split(";"));
        };
        assertThat(p.parameters()).isEqualTo(expectedParameters);
        assertThat(p.typeGlob() != null).as("type glob").isEqualTo(type.contains("*"));
        assertThat(p.memberGlob() != null).as("member glob").isEqualTo(member.contains("*"));
    }

    @ParameterizedTest(name = "{0} matches type {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            java.time.Instant   | java.time.Instant                | true
            java.time.Instant   | java.time.InstantSource          | false
            java.time.Instant   | java.time                        | false
            java.time.*         | java.time.Instant                | true
            java.time.*         | java.time.LocalDate              | true
            java.time.*         | java.time.chrono.HijrahDate      | false
            java.time.*         | java.timex.Instant               | false
            java.**             | java.time.chrono.HijrahDate      | true
            java.**             | java.util.Random                 | true
            java.**             | javax.crypto.Cipher              | false
            java.**             | com.acme.java.Thing              | false
            java.*.Random       | java.util.Random                 | true
            java.*.Random       | java.util.concurrent.Random      | false
            java.util.*Random   | java.util.SplittableRandom       | true
            java.util.*Random   | java.util.Random                 | true
            java.util.*Random   | java.util.RandomAccess           | false
            **.Random           | java.util.Random                 | true
            **.Random           | java.security.SecureRandom       | false
            java.util.Random    | java_util_Random                 | false
            """)
    void typeGlobs(String pattern, String fqn, boolean expected) {
        assertThat(MemberPattern.parse(pattern).matchesType(fqn)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} matches member {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            java.util.Random                   | nextInt       | true
            java.util.Random                   | <init>        | true
            java.util.Random#nextInt           | nextInt       | true
            java.util.Random#nextInt           | nextLong      | false
            java.util.Random#next*             | nextInt       | true
            java.util.Random#next*             | next          | true
            java.util.Random#next*             | setSeed       | false
            x.DurableContext#*Async            | stepAsync     | true
            x.DurableContext#*Async            | step          | false
            x.DurableContext#*Async            | stepAsyncX    | false
            java.util.Random#<init>            | <init>        | true
            java.util.Random#<init>            | init          | false
            java.time.Clock#system*            | systemUTC     | true
            java.time.Clock#system*            | tickMillis    | false
            java.time.Clock#*                  | anything      | true
            """)
    void memberGlobs(String pattern, String member, boolean expected) {
        assertThat(MemberPattern.parse(pattern).matchesMember(member)).isEqualTo(expected);
    }

    @Test
    void globCharactersOtherThanStarAreLiteral() {
        // '.', '$' and '?' must not act as regular-expression metacharacters.
        assertThat(MemberPattern.parse("a.b.*").matchesType("aXb.C")).isFalse();
        assertThat(MemberPattern.parse("a.Outer$*").matchesType("a.Outer$Inner")).isTrue();
        assertThat(MemberPattern.parse("a.Outer$*").matchesType("a.Outer")).isFalse();
        assertThat(MemberPattern.parse("a.B#get?*").matchesMember("getX")).isFalse();
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            java.util.Random#<init>(long     | unclosed parameter list
            java.util.Random#<init>(long)x   | unclosed parameter list
            java.lang.System#                | empty member name
            java.lang.System#(int)           | empty member name
            java.lang.System(int)            | parameters without a member
            #nanoTime                        | empty type
            `   `                            | empty type
            ``                               | empty type
            """)
    void rejectsMalformedPatternsNamingThem(String text, String problem) {
        assertThatThrownBy(() -> MemberPattern.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "java.util.Random#<init>(long,)",
            "java.util.Random#<init>(,long)",
            "java.util.Random#<init>(long))",
            "java.util.Random#<init>(long)(int)"})
    void rejectsMalformedParameterLists(String text) {
        // Actual: "(long,)" parses as the single parameter [long] (String.split drops the trailing empty
        // string), "(,long)" as ["", "long"], "(long))" as ["long)"], "(long)(int)" as ["long)(int"].
        assertThatThrownBy(() -> MemberPattern.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void specificityOrdersParametersThenExactMemberThenMemberGlobThenWholeType() {
        int withParameters = MemberPattern.parse("java.util.Random#<init>(long)").specificity();
        int exactMember = MemberPattern.parse("java.util.Random#nextInt").specificity();
        int memberGlob = MemberPattern.parse("java.util.Random#next*").specificity();
        int wholeType = MemberPattern.parse("java.util.Random").specificity();

        assertThat(withParameters).isGreaterThan(exactMember);
        assertThat(exactMember).isGreaterThan(memberGlob);
        assertThat(memberGlob).isGreaterThan(wholeType);
    }

    @Test
    void onTheSameMemberAnExactTypeIsMoreSpecificThanATypeGlob() {
        assertThat(MemberPattern.parse("java.time.Instant#now").specificity())
                .isGreaterThan(MemberPattern.parse("java.time.*#now").specificity());
        assertThat(MemberPattern.parse("java.time.Instant").specificity())
                .isGreaterThan(MemberPattern.parse("java.**").specificity());
        // ...but a member on a glob type still beats a member glob or a whole exact type.
        assertThat(MemberPattern.parse("java.time.*#now").specificity())
                .isGreaterThan(MemberPattern.parse("java.time.Instant#n*").specificity());
        assertThat(MemberPattern.parse("java.time.*#n*").specificity())
                .isGreaterThan(MemberPattern.parse("java.time.Instant").specificity());
    }
}
