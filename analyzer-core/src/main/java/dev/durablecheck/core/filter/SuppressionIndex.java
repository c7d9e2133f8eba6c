package dev.durablecheck.core.filter;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.parse.Preorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppressions written in one file: {@code @SuppressWarnings("durable:<rule-id>")} (or
 * {@code "durable"} for every rule) on a declaration covers the lines of that declaration, and
 * {@code // durable-check:ignore <rule-id>[,<rule-id>] -- <reason>} covers the line it ends, or
 * the next line when it stands on a line of its own. Malformed suppressions are kept as problems,
 * never ignored silently.
 */
public final class SuppressionIndex {

    static final String KEY_PREFIX = "durable";
    private static final String COMMENT_KEYWORD = "durable-check:ignore";
    private static final Pattern COMMENT = Pattern.compile(
            "^\\s*durable-check:ignore(?<ids>(?:[\\s,]+[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)*)\\s*(?:--\\s*(?<reason>.*))?$");

    /** A suppression and the lines it covers; an empty rule set covers every rule. */
    private record Entry(Set<String> rules, int firstLine, int lastLine, Suppression suppression) {
        boolean covers(int line, String ruleId) {
            return line >= firstLine && line <= lastLine && (rules.isEmpty() || rules.contains(ruleId));
        }
    }

    /** A suppression that names an unknown rule, or a comment that gives no reason. */
    public record Problem(Kind kind, TextRange range, String text) {
        /** What is wrong. */
        public enum Kind { UNKNOWN_RULE, NO_REASON, MALFORMED }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param text the file's text: a file that never writes {@code SuppressWarnings}, or the
     *     comment's keyword, is not walked for them (most files are of neither kind)
     * @param knownRules the rule ids suppressions may name
     */
    public SuppressionIndex(CompilationUnit unit, String text, Set<String> knownRules) {
        if (text.contains("SuppressWarnings")) {
            readAnnotations(unit, knownRules);
        }
        if (text.contains(COMMENT_KEYWORD)) {
            readComments(unit, knownRules);
        }
    }

    private void readAnnotations(CompilationUnit unit, Set<String> knownRules) {
        for (AnnotationExpr annotation : Preorder.findAll(unit, AnnotationExpr.class, a -> a.getNameAsString().equals("SuppressWarnings")
                || a.getNameAsString().equals("java.lang.SuppressWarnings"))) {
            List<String> keys = values(annotation).stream().filter(k -> k.equals(KEY_PREFIX) || k.startsWith(KEY_PREFIX + ":")).toList();
            if (keys.isEmpty()) {
                continue;
            }
            Set<String> rules = new TreeSet<>();
            boolean all = false;
            for (String key : keys) {
                if (key.equals(KEY_PREFIX)) {
                    all = true;
                } else {
                    String id = key.substring(KEY_PREFIX.length() + 1).strip();
                    if (knownRules.contains(id)) {
                        rules.add(id);
                    } else {
                        problems.add(new Problem(Problem.Kind.UNKNOWN_RULE, TextRange.of(annotation), id));
                    }
                }
            }
            Optional<Node> declaration = annotation.getParentNode();
            if (declaration.isPresent() && declaration.get().getRange().isPresent() && (all || !rules.isEmpty())) {
                TextRange range = TextRange.of(declaration.get());
                entries.add(new Entry(all ? Set.of() : Set.copyOf(rules), range.beginLine(), range.endLine(),
                        new Suppression(Suppression.Kind.ANNOTATION, annotation.toString())));
            }
        }
    }

    private void readComments(CompilationUnit unit, Set<String> knownRules) {
        for (Comment comment : unit.getAllContainedComments()) {
            String content = comment.getContent().strip();
            if (!content.startsWith(COMMENT_KEYWORD) || comment.getRange().isEmpty()) {
                continue;
            }
            TextRange range = TextRange.of(comment);
            Matcher m = COMMENT.matcher(comment.getContent());
            if (!m.matches()) {
                problems.add(new Problem(Problem.Kind.MALFORMED, range, content));
                continue;
            }
            Set<String> rules = new TreeSet<>();
            for (String id : m.group("ids").split("[,\\s]+")) {
                if (id.isBlank()) {
                    continue;
                }
                if (knownRules.contains(id)) {
                    rules.add(id);
                } else {
                    problems.add(new Problem(Problem.Kind.UNKNOWN_RULE, range, id));
                }
            }
            String reason = m.group("reason") == null ? "" : m.group("reason").strip();
            if (m.group("ids").isBlank()) {
                problems.add(new Problem(Problem.Kind.MALFORMED, range, content));
            }
            if (rules.isEmpty()) {
                continue;
            }
            if (reason.isEmpty()) {
                problems.add(new Problem(Problem.Kind.NO_REASON, range, String.join(",", rules)));
            }
            // At the end of a line the comment covers that line; on a line of its own, the next one.
            int last = trailsCode(comment) ? range.endLine() : range.endLine() + 1;
            entries.add(new Entry(Set.copyOf(rules), range.beginLine(), last, new Suppression(Suppression.Kind.COMMENT, reason)));
        }
    }

    /** Whether the code the comment belongs to starts before it: a comment at the end of a line of code. */
    private static boolean trailsCode(Comment comment) {
        int line = comment.getBegin().map(p -> p.line).orElse(0);
        return comment.getCommentedNode().flatMap(Node::getBegin).filter(p -> p.line <= line).isPresent();
    }

    /** The suppression covering {@code ruleId} on {@code line}, if any. */
    public Optional<Suppression> find(int line, String ruleId) {
        return entries.stream().filter(e -> e.covers(line, ruleId)).map(Entry::suppression).findFirst();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private static List<String> values(AnnotationExpr annotation) {
        List<Expression> values = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            values.add(single.getMemberValue());
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value")).forEach(p -> values.add(p.getValue()));
        }
        List<String> out = new ArrayList<>();
        for (Expression value : values) {
            if (value instanceof ArrayInitializerExpr array) {
                array.getValues().forEach(v -> {
                    if (v instanceof StringLiteralExpr s) {
                        out.add(s.asString());
                    }
                });
            } else if (value instanceof StringLiteralExpr s) {
                out.add(s.asString());
            }
        }
        return out;
    }
}
