package dev.durablecheck.bench;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The import lines a generated body needs: every capitalised identifier of the body that names a JDK
 * type, an SDK type or a generated type of another package. Unused imports would be harmless, but real
 * code has none, and the candidate prefilter of durable-check reads imports.
 */
final class Imports {

    static final Map<String, String> JDK = Map.ofEntries(
            Map.entry("List", "java.util.List"),
            Map.entry("ArrayList", "java.util.ArrayList"),
            Map.entry("Map", "java.util.Map"),
            Map.entry("HashMap", "java.util.HashMap"),
            Map.entry("LinkedHashMap", "java.util.LinkedHashMap"),
            Map.entry("TreeMap", "java.util.TreeMap"),
            Map.entry("Set", "java.util.Set"),
            Map.entry("HashSet", "java.util.HashSet"),
            Map.entry("TreeSet", "java.util.TreeSet"),
            Map.entry("Collection", "java.util.Collection"),
            Map.entry("Collections", "java.util.Collections"),
            Map.entry("Comparator", "java.util.Comparator"),
            Map.entry("Objects", "java.util.Objects"),
            Map.entry("Optional", "java.util.Optional"),
            Map.entry("Arrays", "java.util.Arrays"),
            Map.entry("Deque", "java.util.Deque"),
            Map.entry("ArrayDeque", "java.util.ArrayDeque"),
            Map.entry("Iterator", "java.util.Iterator"),
            Map.entry("Locale", "java.util.Locale"),
            Map.entry("Random", "java.util.Random"),
            Map.entry("UUID", "java.util.UUID"),
            Map.entry("Function", "java.util.function.Function"),
            Map.entry("Predicate", "java.util.function.Predicate"),
            Map.entry("Collectors", "java.util.stream.Collectors"),
            Map.entry("Instant", "java.time.Instant"),
            Map.entry("Duration", "java.time.Duration"),
            Map.entry("LocalDate", "java.time.LocalDate"),
            Map.entry("LocalDateTime", "java.time.LocalDateTime"),
            Map.entry("Files", "java.nio.file.Files"),
            Map.entry("Path", "java.nio.file.Path"),
            Map.entry("File", "java.io.File"),
            Map.entry("IOException", "java.io.IOException"),
            Map.entry("UncheckedIOException", "java.io.UncheckedIOException"),
            Map.entry("TimeUnit", "java.util.concurrent.TimeUnit"),
            Map.entry("CompletableFuture", "java.util.concurrent.CompletableFuture"),
            Map.entry("ThreadLocalRandom", "java.util.concurrent.ThreadLocalRandom"),
            Map.entry("Logger", "java.util.logging.Logger"),
            Map.entry("BigDecimal", "java.math.BigDecimal"),
            Map.entry("RoundingMode", "java.math.RoundingMode"),
            Map.entry("DurableContext", "software.amazon.lambda.durable.DurableContext"),
            Map.entry("DurableHandler", "software.amazon.lambda.durable.DurableHandler"));

    private Imports() {
    }

    /** Sorted import lines for {@code body}, written in package {@code pkg}. */
    static TreeSet<String> of(String body, String pkg, String selfName, Function<String, String> projectType) {
        TreeSet<String> imports = new TreeSet<>();
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '"') {
                i = skipString(body, i);
                continue;
            }
            if (c == '/' && i + 1 < n && (body.charAt(i + 1) == '/' || body.charAt(i + 1) == '*')) {
                i = skipComment(body, i);
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(body.charAt(i))) {
                    i++;
                }
                boolean qualified = start > 0 && body.charAt(start - 1) == '.';
                if (!qualified && Character.isUpperCase(c)) {
                    String word = body.substring(start, i);
                    String fqn = JDK.get(word);
                    if (fqn == null && !word.equals(selfName)) {
                        fqn = projectType.apply(word);
                    }
                    if (fqn != null && !fqn.equals(pkg + "." + word)) {
                        imports.add(fqn);
                    }
                }
                continue;
            }
            i++;
        }
        return imports;
    }

    private static int skipString(String s, int i) {
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '"' || c == '\n') {
                return j + 1;
            }
            j++;
        }
        return j;
    }

    private static int skipComment(String s, int i) {
        if (s.charAt(i + 1) == '/') {
            int end = s.indexOf('\n', i);
            return end < 0 ? s.length() : end + 1;
        }
        int end = s.indexOf("*/", i + 2);
        return end < 0 ? s.length() : end + 2;
    }
}
