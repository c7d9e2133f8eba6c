package dev.durablecheck.core.resolve;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.parse.ParsedSources;
import dev.durablecheck.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Field writes as reach collects them: which accesses count, and the member each one sets. */
class MemberAccessesTest {

    private static final String SOURCE = """
            package demo;

            class Tally {
                static int total;
                static final int LIMIT = 3;
                int own;

                void run(Tally other, int n) {
                    total++;
                    --total;
                    this.own = n;
                    Tally.total += n;
                    other.own = 1;
                    int local = 0;
                    local++;
                    int negated = -total + LIMIT;
                    Unknown.count = 2;
                }
            }
            """;

    @Test
    void writesOfFieldsByNameThisOrTypeAreTargetsAndOtherAccessesAreNot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("src/demo/Tally.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SOURCE);
        Workspace workspace = Workspace.scan(List.of(dir));
        ParsedSources parsed = new ParsedSources(LanguageLevel.JAVA_21);
        KnownTypes types = new KnownTypes(DurableModel.awsLambdaDurableJava(), workspace, parsed, List.of(), p -> { });
        CompilationUnit unit = parsed.parse(workspace.files().get(0)).tree().orElseThrow();
        MemberAccesses accesses = new MemberAccesses(new FileResolver(unit, types));

        List<String> written = new ArrayList<>();
        unit.walk(Node.TreeTraversal.PREORDER, node -> accesses.writtenField(node).ifPresent(target ->
                written.add(MemberAccesses.quoted(node, target) + " -> " + target.kind() + " " + target.owner() + "."
                        + target.name() + (target.isStatic() ? " static" : ""))));

        assertThat(written).containsExactly(
                "total++ -> FIELD_WRITE demo.Tally.total static",
                "--total -> FIELD_WRITE demo.Tally.total static",
                "this.own = n -> FIELD_WRITE demo.Tally.own",
                "Tally.total += n -> FIELD_WRITE demo.Tally.total static");
        assertThat(MemberAccesses.isWritten((Expression) unit.findFirst(Expression.class,
                e -> e.toString().equals("other.own")).orElseThrow())).isTrue();
    }
}
