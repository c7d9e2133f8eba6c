package dev.durablecheck.core.parse;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;

import java.util.List;
import java.util.Optional;

/**
 * A method's body in a tree parsed as context, parsed the first time anything reads it. A call
 * followed into a file enters one or two of its methods; the others were most of the parse.
 * Everything that reads a block goes through its statements, its children or its orphan comments
 * (walks, visitors, JavaParser's own searches), so the body is there before it is read, the same
 * nodes with the same positions and comments as in a whole parse. Loading is safe from any thread.
 */
final class DeferredBody extends BlockStmt {

    private final DeferredBodies owner;
    private final BodySpans.Span span;
    private volatile boolean loaded;

    DeferredBody(Range range, DeferredBodies owner, BodySpans.Span span) {
        this.owner = owner;
        this.span = span;
        setRange(range);
    }

    BodySpans.Span span() {
        return span;
    }

    @Override
    public NodeList<Statement> getStatements() {
        load();
        return super.getStatements();
    }

    @Override
    public List<Node> getChildNodes() {
        load();
        return super.getChildNodes();
    }

    @Override
    public List<Comment> getOrphanComments() {
        load();
        return super.getOrphanComments();
    }

    void load() {
        // The block's constructor reads its children before the fields here are set.
        if (loaded || owner == null) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            Optional<BlockStmt> parsed = owner.parse(this);
            if (parsed.isPresent()) {
                setStatements(parsed.get().getStatements());
                // After the statements, as the comment inserter adds them to a parsed block.
                for (Comment comment : List.copyOf(parsed.get().getOrphanComments())) {
                    addOrphanComment(comment);
                }
            }
            loaded = true;
        }
    }
}
