package dev.durablecheck.core.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParseException;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.Providers;
import com.github.javaparser.Range;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.durablecheck.core.workspace.SourceFile;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses workspace files on demand, each once while its tree is kept (a released tree is parsed
 * again if asked for). JavaParser is not thread-safe, so every
 * worker thread gets its own parsers; finished trees are only read afterwards and are shared.
 * The files the run reports on are validated against the language level; files read only as
 * context are not (see {@link ParserConfigurations}), and their methods' bodies are parsed when
 * first read ({@link DeferredBody}).
 */
public final class ParsedSources {

    private final Predicate<Path> validated;
    private final boolean varIsType;
    private final ThreadLocal<JavaParser> validatingParsers;
    private final ThreadLocal<JavaParser> contextParsers;
    private final Map<Path, ParseOutcome> outcomes = new ConcurrentHashMap<>();
    /** The parses under way, by file, so that a second thread waits for the first instead of parsing again. */
    private final Map<Path, FutureTask<ParseOutcome>> inFlight = new ConcurrentHashMap<>();
    private final Set<String> bodyProblems = ConcurrentHashMap.newKeySet();
    /** The file a tree was parsed from, kept in the tree so that a released tree still knows it. */
    private static final DataKey<Path> PATH = new DataKey<>() {
    };

    /** Parses and validates every file. */
    public ParsedSources(ParserConfiguration.LanguageLevel languageLevel) {
        this(languageLevel, path -> true);
    }

    /**
     * @param validated the files whose language-level problems count: the ones the run reports on
     */
    public ParsedSources(ParserConfiguration.LanguageLevel languageLevel, Predicate<Path> validated) {
        this.validated = validated;
        this.varIsType = VarTypes.isTypeAt(languageLevel);
        this.validatingParsers = ThreadLocal.withInitial(
                () -> new JavaParser(ParserConfigurations.validating(languageLevel)));
        this.contextParsers = ThreadLocal.withInitial(() -> new JavaParser(ParserConfigurations.forContext(languageLevel)));
    }

    /**
     * Parses {@code file}, or returns the outcome of the earlier parse. A thread that asks for a file
     * another thread is parsing waits for that parse instead of parsing the file again: threads
     * that start on related files ask for the same types at the same moments.
     *
     * @throws CancellationException when the thread is interrupted (its file's budget ran out)
     *     while it waits
     */
    public ParseOutcome parse(SourceFile file) {
        ParseOutcome known = outcomes.get(file.path());
        if (known != null) {
            return known;
        }
        FutureTask<ParseOutcome> task = new FutureTask<>(() -> publish(file, doParse(file)));
        FutureTask<ParseOutcome> running = inFlight.putIfAbsent(file.path(), task);
        if (running == null) {
            ParseOutcome finished = outcomes.get(file.path());
            if (finished != null) {
                // Published between the first look and the claim.
                inFlight.remove(file.path(), task);
                return finished;
            }
            running = task;
            try {
                task.run();
            } finally {
                inFlight.remove(file.path(), task);
            }
        }
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("parse of " + file.path() + " given up: the waiting file's budget ran out");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("parse of " + file.path() + " failed", e.getCause());
        }
    }

    /** Records a finished parse, unless another one of the file was recorded first, and returns the one recorded. */
    private ParseOutcome publish(SourceFile file, ParseOutcome parsed) {
        // A tree's path is known before the tree is published: another thread may use it at once.
        parsed.tree().ifPresent(unit -> unit.setData(PATH, file.path()));
        ParseOutcome raced = outcomes.putIfAbsent(file.path(), parsed);
        return raced != null ? raced : parsed;
    }

    /**
     * Forgets the tree of {@code path}, so that it can be collected once nothing else holds it; a
     * later request parses the file again. What failed to parse stays known.
     */
    public void release(Path path) {
        outcomes.computeIfPresent(path, (p, outcome) -> outcome.tree().isPresent() ? null : outcome);
    }

    /**
     * The tree of a file whose parse has finished, without parsing it: a parse that never ends (the
     * parser backtracks exponentially on some broken input) must not be started again after the
     * run gave it up.
     */
    public Optional<CompilationUnit> finishedTree(Path path) {
        ParseOutcome known = outcomes.get(path);
        return known == null ? Optional.empty() : known.tree();
    }

    /**
     * Marks a file whose parse the run gave up on as unparseable, unless its parse finished: a
     * later request for its tree (a call followed into it) must not start the parse that did
     * not end again.
     */
    public void abandon(SourceFile file) {
        outcomes.putIfAbsent(file.path(), new ParseOutcome(file, null, "cannot parse: given up after the per-file budget", 1, 1));
    }

    /** The file a tree was parsed from. */
    public Path pathOf(CompilationUnit unit) {
        if (!unit.containsData(PATH)) {
            throw new IllegalArgumentException("not parsed here: " + unit.getPrimaryTypeName().orElse("<unit>"));
        }
        return unit.getData(PATH);
    }

    private ParseOutcome doParse(SourceFile file) {
        if (!file.isReadable()) {
            return new ParseOutcome(file, null, "cannot read: " + file.readProblem(), 1, 1);
        }
        ParseResult<CompilationUnit> result;
        try {
            boolean validating = validated.test(file.path());
            Optional<CompilationUnit> deferring = validating ? Optional.empty() : withDeferredBodies(file);
            if (deferring.isPresent()) {
                return new ParseOutcome(file, deferring.get(), null, 0, 0);
            }
            JavaParser parser = validating ? validatingParsers.get() : contextParsers.get();
            result = parser.parse(file.text());
        } catch (StackOverflowError e) {
            return new ParseOutcome(file, null, "cannot parse: nesting too deep", 1, 1);
        } catch (RuntimeException e) {
            return new ParseOutcome(file, null, "cannot parse: " + e.getClass().getSimpleName(), 1, 1);
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            CompilationUnit unit = result.getResult().get();
            finish(unit);
            return new ParseOutcome(file, unit, null, 0, 0);
        }
        Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        if (first == null) {
            return new ParseOutcome(file, null, "cannot parse", 1, 1);
        }
        Position at = offendingPosition(first);
        return new ParseOutcome(file, null, "cannot parse: " + firstLine(first.getMessage()), at.line, at.column);
    }

    /**
     * The tree of a context file whose methods' bodies are parsed when first read: the text is
     * parsed with those bodies blank. None when the file has no such body, or when the blanked
     * text does not parse into the tree expected; the whole text is parsed then, and says why.
     */
    private Optional<CompilationUnit> withDeferredBodies(SourceFile file) {
        List<BodySpans.Span> spans = BodySpans.in(file.text());
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        ParseResult<CompilationUnit> result = contextParsers.get().parse(BodySpans.skeleton(file.text(), spans));
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            return Optional.empty();
        }
        CompilationUnit unit = result.getResult().get();
        finish(unit);
        return DeferredBodies.install(unit, file.text(), spans, (body, at) -> parseBody(file, body, at))
                ? Optional.of(unit) : Optional.empty();
    }

    /**
     * A deferred body's text, which starts at {@code at} in its file, parsed and finished with the
     * file's positions; nothing when it does not parse, which the run is told.
     */
    private Optional<BlockStmt> parseBody(SourceFile file, String body, Position at) {
        ParseResult<BlockStmt> result;
        try {
            result = contextParsers.get().parse(ParseStart.BLOCK, Providers.provider(body));
        } catch (StackOverflowError | RuntimeException e) {
            bodyProblem(file, at, " (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            BlockStmt block = result.getResult().get();
            finishWalk(block, at.line - 1, at.column - 1, node -> {
            });
            return Optional.of(block);
        }
        Position problem = result.getProblems().isEmpty() ? new Position(1, 1) : offendingPosition(result.getProblems().get(0));
        bodyProblem(file, shifted(problem, at.line - 1, at.column - 1), "");
        return Optional.empty();
    }

    private void bodyProblem(SourceFile file, Position at, String cause) {
        bodyProblems.add(file.path() + ":" + at.line + ":" + at.column + ": cannot parse this method's body" + cause
                + "; calls into it are not followed");
    }

    /**
     * The method bodies of context files that did not parse when first read, each as
     * {@code path:line:column: message}, sorted. Such a file's signatures parse, so calls into
     * its methods resolve; the body is read as empty.
     */
    public List<String> bodyProblems() {
        return bodyProblems.stream().sorted().toList();
    }

    /**
     * Finishes a tree in one walk. From Java 10 on a class type named {@code var} becomes the var
     * type ({@link VarTypes}; a validated file had it done by the level's post-processor already).
     * The tree's {@link TreeIndex} is recorded. And the tree is made small, since it may be kept:
     * every node and comment is unlinked from the token list, keeping its range, and empty lists are
     * shared ({@link SharedEmptyLists}). The tokens are linked to each other, so one node still
     * holding its token range keeps the whole list; nothing here reads tokens after parsing, and
     * they are about 40 % of a kept tree's memory.
     */
    private void finish(CompilationUnit unit) {
        TreeIndex.Builder index = new TreeIndex.Builder();
        finishWalk(unit, 0, 0, index);
        TreeIndex.record(unit, index.build());
    }

    /**
     * The walk that finishes a tree, or a body parsed alone whose positions move by the lines and
     * columns given; each node, as finished, goes to {@code visited}.
     */
    private void finishWalk(Node root, int lines, int columns, Consumer<Node> visited) {
        // Orphan comments are children; JavaParser may leave one comment attributed to several nodes.
        Set<Comment> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Preorder.walk(root, node -> {
            Node finished = varIsType && VarTypes.isWrittenAsClassType(node) ? VarTypes.replace(node) : node;
            if (!(finished instanceof Comment comment) || done.add(comment)) {
                compact(finished, lines, columns);
            }
            node.getComment().filter(done::add).ifPresent(comment -> compact(comment, lines, columns));
            visited.accept(finished);
        });
    }

    /** Unlinks {@code node} from the tokens and shares its empty lists; its range moves by the lines and columns given. */
    private static void compact(Node node, int lines, int columns) {
        Range range = node.getRange().orElse(null);
        node.setTokenRange(null);
        boolean moves = range != null && (lines != 0 || columns != 0);
        node.setRange(moves ? new Range(shifted(range.begin, lines, columns), shifted(range.end, lines, columns)) : range);
        SharedEmptyLists.share(node);
    }

    /** A position of a text that was parsed alone, in the file where it starts {@code lines} lines and (on its first line) {@code columns} columns further. */
    private static Position shifted(Position position, int lines, int columns) {
        return new Position(position.line + lines, position.line == 1 ? position.column + columns : position.column);
    }

    /** The lexer's own position, which it puts only in its message. */
    private static final Pattern LEXICAL_ERROR = Pattern.compile("Lexical error at line (\\d+), column (\\d+)\\.");

    /**
     * Where the error is: the token the parser found, which its exception holds after the last
     * token it accepted; the problem's own location starts at that last accepted token.
     */
    private static Position offendingPosition(Problem problem) {
        if (problem.getCause().orElse(null) instanceof ParseException e
                && e.currentToken != null && e.currentToken.next != null) {
            return new Position(e.currentToken.next.beginLine, e.currentToken.next.beginColumn);
        }
        Matcher lexical = LEXICAL_ERROR.matcher(problem.getMessage());
        if (lexical.find()) {
            // The lexer gives column 0 when it stops at the start of a line; positions here are 1-based.
            return new Position(Integer.parseInt(lexical.group(1)), Math.max(1, Integer.parseInt(lexical.group(2))));
        }
        return problem.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin).orElse(new Position(1, 1));
    }

    /** The parser's first line, without its list of every token it would have accepted, which can run to fifty. */
    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).trim();
        int expected = line.indexOf(", expected one of ");
        return expected < 0 ? line : line.substring(0, expected);
    }
}
