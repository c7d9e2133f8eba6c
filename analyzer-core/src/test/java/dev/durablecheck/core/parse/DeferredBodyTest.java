package dev.durablecheck.core.parse;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.durablecheck.core.workspace.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class DeferredBodyTest {

    private static final String HELPER = """
            package demo;

            import java.util.List;

            /** A helper that a call is followed into. */
            class Helper {
                private int count;

                Helper(int start) {
                    this.count = start;
                }

                int first(List<String> names) {
                    // counts them
                    var total = 0;
                    for (var name : names) {
                        total += name.length(); // a trailing comment
                    }
                    return switch (total) {
                        case 0 -> 0; /* none */
                        default -> total;
                    };
                }

                \tString second(String s) { return s.trim(); /* orphan */ }

                void third() {
                    Runnable r = () -> {
                        count++;
                    };
                    // the last word
                }
            }
            """;

    private static SourceFile file(String name, String text) {
        return new SourceFile(Path.of("/virtual/demo").resolve(name).toAbsolutePath(), text, null, "demo");
    }

    private static CompilationUnit context(String text) {
        return new ParsedSources(LanguageLevel.JAVA_21, path -> false).parse(file("Helper.java", text)).tree().orElseThrow();
    }

    @Test
    void aContextFilesMethodBodiesAreParsedWhenFirstRead() {
        CompilationUnit unit = context(HELPER);
        List<MethodDeclaration> methods = unit.getType(0).getMethods();

        assertThat(methods).allSatisfy(method -> assertThat(method.getBody().orElseThrow()).isInstanceOf(DeferredBody.class));
        assertThat(unit.getType(0).getConstructors().get(0).getBody()).isNotInstanceOf(DeferredBody.class);
        assertThat(methods.get(1).getBody().orElseThrow().getStatements()).hasSize(1);
    }

    @Test
    void aLoadedBodyIsWhatAWholeParseGives() {
        CompilationUnit whole = new ParsedSources(LanguageLevel.JAVA_21).parse(file("Helper.java", HELPER)).tree().orElseThrow();
        CompilationUnit deferred = context(HELPER);

        assertThat(dump(deferred)).isEqualTo(dump(whole));
        assertThat(deferred.toString()).isEqualTo(whole.toString());
    }

    @Test
    void aBodyThatDoesNotParseIsEmptyAndTheRunIsTold() {
        ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_21, path -> false);
        String text = "package demo;\nclass Broken {\n    int fine() { return 1; }\n    int broken() {\n        return 1 +;\n    }\n}\n";
        CompilationUnit unit = parsed.parse(file("Broken.java", text)).tree().orElseThrow();

        assertThat(parsed.bodyProblems()).isEmpty();
        assertThat(unit.getType(0).getMethodsByName("broken").get(0).getBody().orElseThrow().getStatements()).isEmpty();
        assertThat(unit.getType(0).getMethodsByName("fine").get(0).getBody().orElseThrow().getStatements()).hasSize(1);
        assertThat(parsed.bodyProblems()).containsExactly(
                file("Broken.java", "").path() + ":5:19: cannot parse this method's body; calls into it are not followed");
    }

    @Test
    void threadsThatReadABodyTogetherSeeOneBody() throws Exception {
        for (int round = 0; round < 20; round++) {
            BlockStmt body = context(HELPER).getType(0).getMethodsByName("first").get(0).getBody().orElseThrow();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<List<Statement>>> readers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    readers.add(() -> List.copyOf(body.getStatements()));
                }
                List<List<Statement>> seen = new ArrayList<>();
                for (Future<List<Statement>> read : pool.invokeAll(readers)) {
                    seen.add(read.get());
                }
                assertThat(seen).allSatisfy(statements -> {
                    assertThat(statements).hasSize(3);
                    for (int i = 0; i < statements.size(); i++) {
                        assertThat(statements.get(i)).isSameAs(seen.get(0).get(i));
                        assertThat(statements.get(i).getParentNode()).containsSame(body);
                    }
                });
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theIndexIsCompletedWhenADeferredBodyMayHoldTheReference() {
        String text = """
                package demo;
                class Steps {
                    void register(Registry registry) {
                        registry.add(this::quota);
                    }
                    void elsewhere() {
                        quota();
                    }
                    int quota() { return 1; }
                }
                """;
        CompilationUnit unit = context(text);

        assertThat(TreeIndex.of(unit).methodReferences()).isEmpty();
        assertThat(TreeIndex.withReferencesTo(unit, "other").methodReferences()).isEmpty();
        TreeIndex whole = TreeIndex.withReferencesTo(unit, "quota");
        assertThat(whole.methodReferences()).containsOnlyKeys("quota");
        assertThat(whole.calledNames()).containsExactlyInAnyOrder("add", "quota");
    }

    /** Every node's kind, range and comment, and every comment's text, in pre-order. */
    private static List<String> dump(CompilationUnit unit) {
        List<String> lines = new ArrayList<>();
        Preorder.walk(unit, node -> lines.add(node.getMetaModel().getTypeName() + node.getRange().map(Object::toString).orElse("?")
                + node.getComment().map(c -> " " + c.getRange().map(Object::toString).orElse("?") + c.getContent()).orElse("")
                + (node instanceof Comment comment ? " " + comment.getContent() : "")));
        return lines;
    }
}
