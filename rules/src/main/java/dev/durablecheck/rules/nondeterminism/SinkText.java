package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

/**
 * How a message names the offending expression: as written, on one line, shortened so that a
 * long argument list or a lambda does not swamp the message ({@code Files.readString(...)}).
 */
final class SinkText {

    private static final int MAX = 60;

    private SinkText() {
    }

    static String of(Node node) {
        String full = oneLine(node.toString());
        if (full.length() <= MAX) {
            return full;
        }
        if (node instanceof MethodCallExpr call) {
            String receiver = call.getScope().map(SinkText::shortReceiver).map(s -> s + ".").orElse("");
            return receiver + call.getNameAsString() + "(...)";
        }
        if (node instanceof ObjectCreationExpr creation) {
            return "new " + creation.getType().getNameAsString() + "(...)";
        }
        return full.substring(0, MAX - 3) + "...";
    }

    private static String shortReceiver(Expression receiver) {
        String text = oneLine(receiver.toString());
        return text.length() <= 30 ? text : "...";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
