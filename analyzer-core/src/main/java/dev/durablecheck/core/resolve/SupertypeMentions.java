package dev.durablecheck.core.resolve;

import dev.durablecheck.core.workspace.SourceFile;
import dev.durablecheck.core.workspace.SourceOutline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which source files may declare a subtype of a type with a given simple name: those that name it
 * after {@code extends} or {@code implements}. Read from every file's outline, so that a
 * search for subtypes parses only those files, not every file that merely uses the type.
 */
final class SupertypeMentions {

    private final Map<String, List<SourceFile>> bySimpleName = new HashMap<>();

    SupertypeMentions(List<SourceFile> files, Function<SourceFile, SourceOutline> outlines) {
        for (SourceFile file : files) {
            for (String name : outlines.apply(file).supertypeNames()) {
                bySimpleName.computeIfAbsent(name, n -> new ArrayList<>()).add(file);
            }
        }
    }

    /** The files, in workspace order, whose supertype clauses name {@code simpleName}. */
    List<SourceFile> filesNaming(String simpleName) {
        return bySimpleName.getOrDefault(simpleName, List.of());
    }
}
