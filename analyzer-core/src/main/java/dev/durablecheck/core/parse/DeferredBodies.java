package dev.durablecheck.core.parse;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The deferred method bodies of one tree parsed as context, and what they need to load: the
 * file's text and a parser. Recorded on the tree, so that the tree's index can be completed when
 * a question needs what the bodies hold.
 */
final class DeferredBodies {

    private static final DataKey<DeferredBodies> KEY = new DataKey<>() {
    };

    private final String text;
    private final BiFunction<String, Position, Optional<BlockStmt>> parser;
    private final List<DeferredBody> bodies = new ArrayList<>();
    /** The index of the tree with every body loaded; built once, when first needed. */
    private TreeIndex whole;

    /**
     * @param parser parses a body's text (which starts with its opening brace at the given
     *     position) into a finished block with the file's positions, or nothing when it does not parse
     */
    private DeferredBodies(String text, BiFunction<String, Position, Optional<BlockStmt>> parser) {
        this.text = text;
        this.parser = parser;
    }

    /**
     * Puts a deferred body in the place of each span's blank body in {@code skeleton}, the finished
     * tree of the text with the spans blanked. Fails, changing nothing, unless every span is the
     * empty body of one of the tree's methods and nothing else is attached to that body.
     */
    static boolean install(CompilationUnit skeleton, String text, List<BodySpans.Span> spans,
                           BiFunction<String, Position, Optional<BlockStmt>> parser) {
        List<Integer> braces = new ArrayList<>();
        spans.forEach(span -> {
            braces.add(span.open());
            braces.add(span.close());
        });
        List<Position> positions = TextPositions.of(text, braces);
        Map<Position, Integer> byOpening = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            byOpening.put(positions.get(2 * i), i);
        }
        List<MethodDeclaration> methods = new ArrayList<>();
        List<BodySpans.Span> matched = new ArrayList<>();
        for (TypeDeclaration<?> type : TreeIndex.of(skeleton).declaredTypes()) {
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof MethodDeclaration method && method.getBody().isPresent()) {
                    BlockStmt body = method.getBody().get();
                    Range range = body.getRange().orElse(null);
                    Integer span = range == null ? null : byOpening.get(range.begin);
                    if (span != null && range.end.equals(positions.get(2 * span + 1)) && isBlank(body, method)) {
                        methods.add(method);
                        matched.add(spans.get(span));
                    }
                }
            }
        }
        if (matched.size() != spans.size()) {
            return false;
        }
        DeferredBodies deferred = new DeferredBodies(text, parser);
        for (int i = 0; i < methods.size(); i++) {
            Range range = methods.get(i).getBody().orElseThrow().getRange().orElseThrow();
            DeferredBody body = new DeferredBody(range, deferred, matched.get(i));
            methods.get(i).setBody(body);
            deferred.bodies.add(body);
        }
        skeleton.setData(KEY, deferred);
        return true;
    }

    /** A blank body with nothing attached: no comment of its own, and the method's last child, as in a whole parse. */
    private static boolean isBlank(BlockStmt body, MethodDeclaration method) {
        List<Node> children = method.getChildNodes();
        return body.getStatements().isEmpty() && body.getOrphanComments().isEmpty() && body.getComment().isEmpty()
                && children.get(children.size() - 1) == body;
    }

    /** The deferred bodies of {@code unit}, if it has any. */
    static Optional<DeferredBodies> of(Node unit) {
        return unit instanceof CompilationUnit compilationUnit && compilationUnit.containsData(KEY)
                ? Optional.of(compilationUnit.getData(KEY)) : Optional.empty();
    }

    /** Parses {@code body}'s text. */
    Optional<BlockStmt> parse(DeferredBody body) {
        BodySpans.Span span = body.span();
        return parser.apply(text.substring(span.open(), span.close() + 1), body.getRange().orElseThrow().begin);
    }

    /**
     * Whether a deferred body may hold a method reference to {@code name}, or any call at all
     * (which {@code calls} asks): what the index recorded at parsing does not hold.
     */
    boolean mayHide(String name, boolean calls) {
        return bodies.stream().anyMatch(body -> calls || body.span().referencesAny() || body.span().referenced().contains(name));
    }

    /** The index of the whole tree, every body loaded. */
    synchronized TreeIndex whole(CompilationUnit unit) {
        if (whole == null) {
            bodies.forEach(DeferredBody::load);
            whole = TreeIndex.walking(unit);
        }
        return whole;
    }
}
