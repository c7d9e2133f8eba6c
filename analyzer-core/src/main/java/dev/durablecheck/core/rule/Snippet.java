package dev.durablecheck.core.rule;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;

/**
 * How a message quotes source: the expression as written, without comments, on one line, and
 * shortened so that long arguments or lambdas do not swamp the message
 * ({@code LoggerFactory.getLogger(...).info(...)}).
 */
public final class Snippet {

    private static final int MAX = 60;
    private static final int MAX_RECEIVER = 40;

    private Snippet() {
    }

    public static String of(Node node) {
        String full = plain(node);
        if (full.length() <= MAX) {
            return full;
        }
        return compact(node);
    }

    private static String compact(Node node) {
        if (node instanceof MethodCallExpr call) {
            String receiver = call.getScope().map(Snippet::receiver).map(s -> s + ".").orElse("");
            return receiver + call.getNameAsString() + "(...)";
        }
        if (node instanceof ObjectCreationExpr creation) {
            return "new " + creation.getType().getNameAsString() + "(...)";
        }
        String full = plain(node);
        return full.length() <= MAX ? full : full.substring(0, MAX - 3) + "...";
    }

    private static String receiver(Expression scope) {
        String text = plain(scope);
        return text.length() <= MAX_RECEIVER ? text : compact(scope);
    }

    /** The whole expression on one line, without comments and without shortening. */
    public static String plain(Node node) {
        DefaultPrinterConfiguration config = new DefaultPrinterConfiguration();
        config.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS));
        config.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC));
        return new DefaultPrettyPrinter(config).print(node).replaceAll("\\s+", " ").strip();
    }
}
