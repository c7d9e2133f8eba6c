package dev.durablecheck.core.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.type.VarType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageLevelChecksTest {

    /** Files that break several levels' rules at once, in several places. */
    private static final List<String> SOURCES = List.of("""
            package demo;
            record Point(int x, int y) {}
            sealed interface Shape permits Circle {}
            final class Circle implements Shape {}
            class var {}
            class Uses {
                String text = \"""
                    block
                    \""";
                int kind(Object o) {
                    var local = 1;
                    int size = switch (o) {
                        case String s when s.isEmpty() -> 0;
                        case Integer i -> { yield i; }
                        default -> local;
                    };
                    if (o instanceof String s && !s.isEmpty()) {
                        return s.length();
                    }
                    Runnable r = () -> {};
                    return size;
                }
            }
            """, """
            module demo.app {
                requires transitive java.sql;
            }
            """, """
            package demo;
            import java.util.*;
            class Old {
                @interface Marker {}
                enum Kind { A, B }
                <T> List<T> copy(List<? extends T> in) {
                    try (java.io.StringReader reader = new java.io.StringReader("x")) {
                        assert in != null;
                    } catch (java.io.IOException | RuntimeException e) {
                        throw new IllegalStateException(e);
                    }
                    for (T t : in) { }
                    return new ArrayList<>(in);
                }
                void varargs(String... names) { Object o = (Runnable & java.io.Serializable) () -> {}; }
            }
            """, """
            package demo;
            import java.util.List;
            import java.util.function.BinaryOperator;
            class Vars {
                var field = 1;
                Object all(List<String> names) {
                    var first = names.get(0), second = names.get(1);
                    var nothing;
                    var empty = null;
                    var array[] = new int[1];
                    for (var name : names) {
                        first = name;
                    }
                    BinaryOperator<String> join = (var a, var b) -> a + b;
                    return var.class;
                }
            }
            """);

    @ParameterizedTest
    @EnumSource(value = LanguageLevel.class, names = {"JAVA_1_0", "JAVA_5", "JAVA_8", "JAVA_10", "JAVA_11", "JAVA_14",
            "JAVA_16", "JAVA_17", "JAVA_21"})
    void reportWhatJavaParsersOwnValidationReportsInTheSameOrder(LanguageLevel level) {
        if (level != LanguageLevel.JAVA_21) {
            // The first file breaks the rules of every level below 21: its switch patterns are Java 21's.
            assertThat(problems(new JavaParser(ParserConfigurations.validating(level)).parse(SOURCES.get(0)))).isNotEmpty();
        }
        for (String source : SOURCES) {
            Set<String> own = problems(new JavaParser(new ParserConfiguration().setLanguageLevel(level)).parse(source));
            Set<String> oneWalk = problems(new JavaParser(ParserConfigurations.validating(level)).parse(source));

            assertThat(oneWalk).as("at %s", level).containsExactlyElementsOf(own);
            assertThat(varTypes(new JavaParser(ParserConfigurations.validating(level)).parse(source))).as("at %s", level)
                    .isEqualTo(varTypes(new JavaParser(new ParserConfiguration().setLanguageLevel(level)).parse(source)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = LanguageLevel.class, names = {"JAVA_8", "JAVA_17", "JAVA_21"})
    void theChecksOfEveryLevelAreReachable(LanguageLevel level) {
        assertThat(LanguageLevelChecks.of(level)).isPresent();
    }

    /** Where the tree has var types: JavaParser's post-processing and ours must put them in the same places. */
    private static List<String> varTypes(ParseResult<CompilationUnit> result) {
        return result.getResult().map(unit -> unit.findAll(VarType.class).stream()
                .map(var -> var.getParentNode().map(p -> p.getClass().getSimpleName()).orElse("?") + var.getRange().orElseThrow())
                .toList()).orElse(List.of());
    }

    /** Distinct, in order: JavaParser reports a problem of the root twice (from the root and from the walk). */
    private static Set<String> problems(ParseResult<CompilationUnit> result) {
        Set<String> found = new LinkedHashSet<>();
        for (Problem problem : result.getProblems()) {
            found.add(problem.getVerboseMessage());
        }
        return found;
    }
}
