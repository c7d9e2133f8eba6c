package dev.durablecheck.core.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceOutlineTest {

    @Test
    void namesEveryKindOfTypeDeclarationInOrder() {
        SourceOutline outline = SourceOutline.of("""
                package app;
                public final class Orders<T> {
                    interface Listener {}
                    enum State { OPEN }
                    record Line(String sku) {}
                    @interface Marker {}
                }
                final class Helper {}
                """);

        assertThat(outline.declaredTypes()).containsExactly("Orders", "Listener", "State", "Line", "Marker", "Helper");
    }

    @Test
    void ignoresClassLiteralsKeywordsUsedAsNamesCommentsAndLiterals() {
        SourceOutline outline = SourceOutline.of("""
                package app;
                // this class Commented is not declared
                /* nor class Blocked */
                class Real {
                    Class<?> type = Real.class;
                    Class<?> spaced = Real . class;
                    String record = "class Quoted";
                    String block = \"""
                        class InTextBlock extends Nope
                        \""";
                    char quote = '"';
                    Object value = record.length();
                }
                """);

        assertThat(outline.declaredTypes()).containsExactly("Real");
        assertThat(outline.supertypeNames()).isEmpty();
    }

    @Test
    void collectsTheNamesOfSupertypeClausesUpToTheBody() {
        SourceOutline outline = SourceOutline.of("""
                package app;
                class Box<T extends Base> extends other.pkg.Parent implements Runnable, Comparable<Box<T>> {
                    Object field = new Object();
                }
                interface Reader extends java.io.Closeable;
                """);

        assertThat(outline.supertypeNames())
                .contains("Base", "other", "pkg", "Parent", "Runnable", "Comparable", "Box", "T", "java", "io", "Closeable")
                .doesNotContain("Object", "field");
    }

    @Test
    void aTypeParameterBoundEndsWithItsParameter() {
        SourceOutline outline = SourceOutline.of("""
                package app;
                final class Groups {
                    static <T, K extends Comparable<? super K>> Map<K, List<T>> groupBy(List<T> items, Function<T, K> key) {
                        return null;
                    }
                    static <A extends Shape, B> Pair<A, B> pair(A a, B b) {
                        return (Pair<A, B>) Pair.of(a, b);
                    }
                    boolean less(int a, int b) { return a < b; }
                }
                """);

        assertThat(outline.supertypeNames()).containsExactlyInAnyOrder("Comparable", "super", "K", "Shape");
    }

    @Test
    void anUnclosedCommentOrLiteralEndsTheOutlineWithoutFailing() {
        assertThat(SourceOutline.of("class A { String s = \"open\nclass B {}").declaredTypes()).containsExactly("A", "B");
        assertThat(SourceOutline.of("class A {} /* class Never").declaredTypes()).containsExactly("A");
        assertThat(SourceOutline.of("class").declaredTypes()).isEmpty();
    }

    @Test
    void collectsTheSimpleNamesOfAnnotationsWrittenInTheFile() {
        SourceOutline outline = SourceOutline.of("""
                package app;
                @io.temporal.activity.ActivityInterface
                public interface Charges {
                    @ActivityMethod(name = "charge") String charge(@Nonnull String id);
                    @ Spaced void spaced();
                    // @Commented
                    String text = "@Quoted";
                    @interface Marker {}
                }
                """);

        assertThat(outline.annotationNames()).containsExactlyInAnyOrder("ActivityInterface", "ActivityMethod", "Nonnull", "Spaced");
        assertThat(outline.declaredTypes()).containsExactly("Charges", "Marker");
    }
}
