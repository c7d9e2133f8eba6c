package dev.durablecheck.core.resolve;

import dev.durablecheck.core.workspace.SourceFile;
import dev.durablecheck.core.workspace.SourceOutline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SupertypeMentionsTest {

    private static SourceFile file(String name, String text) {
        return new SourceFile(Path.of("/src/app/" + name + ".java"), text, null, "app");
    }

    private static SupertypeMentions mentions(SourceFile... files) {
        return new SupertypeMentions(List.of(files), f -> f.isReadable() ? SourceOutline.of(f.text()) : SourceOutline.EMPTY);
    }

    @Test
    void aFileIsACandidateOnlyWhereASupertypeClauseNamesTheType() {
        SourceFile extendsIt = file("A", "package app;\nclass A extends Base {\n}\n");
        SourceFile qualified = file("B", "package app;\nclass B\n    implements Runnable,\n        other.pkg.Base {\n}\n");
        SourceFile nested = file("C", "package app;\nclass C {\n    static final class Inner implements Base {\n    }\n}\n");
        SourceFile onlyUses = file("D", "package app;\nclass D {\n    Base base = new Base();\n    void run(Base b) {\n    }\n}\n");
        SourceFile unreadable = new SourceFile(Path.of("/src/app/E.java"), null, "cannot read", "");

        SupertypeMentions mentions = mentions(extendsIt, qualified, nested, onlyUses, unreadable);

        assertThat(mentions.filesNaming("Base")).containsExactly(extendsIt, qualified, nested);
        assertThat(mentions.filesNaming("Runnable")).containsExactly(qualified);
        assertThat(mentions.filesNaming("D")).isEmpty();
    }

    @Test
    void aBoundOrATypeArgumentOnlyAddsCandidatesWhichParsingThenSortsOut() {
        SourceFile bound = file("Box", "package app;\nclass Box<T extends Base> {\n}\n");
        SourceFile argument = file("Sorter", "package app;\nclass Sorter implements Comparator<Base> {\n}\n");

        SupertypeMentions mentions = mentions(bound, argument);

        assertThat(mentions.filesNaming("Base")).containsExactly(bound, argument);
    }
}
