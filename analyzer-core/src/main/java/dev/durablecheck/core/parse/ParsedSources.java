package dev.durablecheck.core.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import dev.durablecheck.core.workspace.SourceFile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses workspace files on demand, each at most once. JavaParser is not thread-safe, so every
 * worker thread gets its own parser; finished trees are only read afterwards and are shared.
 */
public final class ParsedSources {

    private final ParserConfiguration.LanguageLevel languageLevel;
    private final ThreadLocal<JavaParser> parsers;
    private final Map<java.nio.file.Path, ParseOutcome> outcomes = new ConcurrentHashMap<>();

    public ParsedSources(ParserConfiguration.LanguageLevel languageLevel) {
        this.languageLevel = languageLevel;
        this.parsers = ThreadLocal.withInitial(this::newParser);
    }

    private JavaParser newParser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(languageLevel));
    }

    /** Parses {@code file}, or returns the outcome of the earlier parse. */
    public ParseOutcome parse(SourceFile file) {
        ParseOutcome known = outcomes.get(file.path());
        if (known != null) {
            return known;
        }
        ParseOutcome parsed = doParse(file);
        ParseOutcome raced = outcomes.putIfAbsent(file.path(), parsed);
        return raced != null ? raced : parsed;
    }

    private ParseOutcome doParse(SourceFile file) {
        if (!file.isReadable()) {
            return new ParseOutcome(file, null, "cannot read: " + file.readProblem(), 1, 1);
        }
        ParseResult<CompilationUnit> result;
        try {
            result = parsers.get().parse(file.text());
        } catch (StackOverflowError e) {
            return new ParseOutcome(file, null, "cannot parse: nesting too deep", 1, 1);
        } catch (RuntimeException e) {
            return new ParseOutcome(file, null, "cannot parse: " + e.getClass().getSimpleName(), 1, 1);
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new ParseOutcome(file, result.getResult().get(), null, 0, 0);
        }
        Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        if (first == null) {
            return new ParseOutcome(file, null, "cannot parse", 1, 1);
        }
        int line = first.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin.line).orElse(1);
        int column = first.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin.column).orElse(1);
        return new ParseOutcome(file, null, "cannot parse: " + firstLine(first.getMessage()), line, column);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
