package dev.durablecheck.core.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BodySpansTest {

    /** The text of each span, without its braces, trimmed. */
    private static List<String> bodies(String text) {
        return BodySpans.in(text).stream().map(span -> text.substring(span.open() + 1, span.close()).trim()).toList();
    }

    @Test
    void findsTheBodiesOfMethodsInEveryKindOfType() {
        String text = """
                package demo;
                import java.io.IOException;
                public class Outer<T extends Comparable<T>> extends Base implements Port {
                    private static final String NAME = "x{";
                    @Override
                    public String name() { return "one"; }
                    <R> R map(java.util.function.Function<T, R> f) throws IOException, java.io.UncheckedIOException {
                        return f.apply(null); // two }
                    }
                    @SuppressWarnings({"unchecked", "rawtypes"}) @Deprecated(since = "1")
                    int[] three() {
                        return new int[] {3};
                    }
                    static class Inner {
                        void four() { char c = '}'; }
                    }
                    interface Port {
                        default void five() { /* } */ }
                        void abstractOne();
                    }
                    enum Mode {
                        ON, OFF;
                        void six() { }
                    }
                    record Pair(int left, int right) implements Port {
                        int seven() { return left; }
                    }
                }
                """;

        assertThat(bodies(text)).containsExactly("return \"one\";", "return f.apply(null); // two }",
                "return new int[] {3};", "char c = '}';", "/* } */", "", "return left;");
    }

    @Test
    void leavesWhatIsNotCertainlyAMethodsBody() {
        String text = """
                class Foo {
                    static { init(); }
                    { count++; }
                    Runnable field = new Runnable() { public void run() { } };
                    Runnable lambda = () -> { };
                    int[] numbers = {1, 2};
                    @Inject(name = "x") Foo(int a) { this(a, 0); }
                    Foo(int a, int b) { super(); }
                    void Foo() { }
                    void local() { class Helper { } }
                    void localRecord() { record Point(int x) { } }
                    int legacy()[] { return null; }
                    enum Kind {
                        A { void inConstant() { } },
                        B(1) { void alsoInConstant() { } };
                        Kind() { }
                        Kind(int x) { }
                    }
                    record Point(int x) {
                        Point { check(x); }
                    }
                    @interface Marker {
                        String[] value() default {};
                    }
                    void kept() { int a = 1; }
                }
                """;

        assertThat(bodies(text)).containsExactly("int a = 1;");
    }

    @Test
    void aTextWhoseBracesDoNotBalanceHasNone() {
        assertThat(BodySpans.in("class A { void f() { if (x) { } }")).isEmpty();
        assertThat(BodySpans.in("class A { void f() { } } }")).isEmpty();
    }

    @Test
    void readsTheNamesOfTheMethodReferencesInABody() {
        String text = """
                class A {
                    void f() { list.forEach(System.out::println); list.map(String :: trim); }
                    void g() { list.map(this::<String>convert); }
                    void h() { list.map(Foo:: /* odd */ bar); }
                    void i() { String s = "::fake"; }
                }
                """;
        List<BodySpans.Span> spans = BodySpans.in(text);

        assertThat(spans).extracting(BodySpans.Span::referenced)
                .containsExactly(Set.of("println", "trim"), Set.of(), Set.of(), Set.of());
        assertThat(spans).extracting(BodySpans.Span::referencesAny).containsExactly(false, true, true, false);
    }

    @Test
    void theSkeletonKeepsEveryPositionOutsideTheBodies() {
        String text = "class A {\r\n    int f() {\r\n        return 1;\r  \n    }  int x; // after\n"
                + "    void g() { h(); }  /* same line */ int y;\n}\n";
        List<BodySpans.Span> spans = BodySpans.in(text);
        String skeleton = BodySpans.skeleton(text, spans);

        assertThat(spans).hasSize(2);
        CompilationUnit whole = parse(text);
        CompilationUnit blank = parse(skeleton);
        assertThat(outsideBodies(blank)).isEqualTo(outsideBodies(whole));
        assertThat(blank.getAllComments()).extracting(Node::getRange).isEqualTo(whole.getAllComments().stream()
                .map(Node::getRange).toList());
        assertThat(blank.findAll(BlockStmt.class)).allSatisfy(body -> assertThat(body.getStatements()).isEmpty());
    }

    private static CompilationUnit parse(String text) {
        return new JavaParser(new ParserConfiguration()).parse(text).getResult().orElseThrow();
    }

    /** The ranges of the members and of the bodies, which must not move. */
    private static List<String> outsideBodies(CompilationUnit unit) {
        return unit.findAll(BodyDeclaration.class).stream()
                .map(member -> member.getMetaModel().getTypeName() + member.getRange().map(Object::toString).orElse("?"))
                .toList();
    }
}
