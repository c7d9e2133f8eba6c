package dev.durablecheck.core.resolve;

import dev.durablecheck.core.workspace.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which source files may declare a subtype of a type with a given simple name: those that name it
 * after {@code extends} or {@code implements}. Read from the text of every file once, so that a
 * search for subtypes parses only those files, not every file that merely uses the type.
 */
final class SupertypeMentions {

    /** A supertype clause, up to the body's brace; type-parameter bounds match too, which only adds candidates. */
    private static final Pattern CLAUSE = Pattern.compile("\\b(?:extends|implements)\\b([^{;]*)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final Map<String, List<SourceFile>> bySimpleName = new HashMap<>();

    SupertypeMentions(List<SourceFile> files) {
        for (SourceFile file : files) {
            if (!file.isReadable()) {
                continue;
            }
            Set<String> named = new LinkedHashSet<>();
            Matcher clause = CLAUSE.matcher(file.text());
            while (clause.find()) {
                Matcher identifier = IDENTIFIER.matcher(clause.group(1));
                while (identifier.find()) {
                    named.add(identifier.group());
                }
            }
            named.forEach(name -> bySimpleName.computeIfAbsent(name, n -> new ArrayList<>()).add(file));
        }
    }

    /** The files, in workspace order, whose supertype clauses name {@code simpleName}. */
    List<SourceFile> filesNaming(String simpleName) {
        return bySimpleName.getOrDefault(simpleName, List.of());
    }
}
