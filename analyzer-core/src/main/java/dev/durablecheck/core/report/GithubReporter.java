package dev.durablecheck.core.report;

import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.Finding;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes findings as GitHub Actions workflow commands ({@code ::error file=...::message}), which
 * the runner turns into annotations on the pull request's diff, for repositories without code
 * scanning. Values are escaped as the runner expects, so no source text can end a command early or
 * start a new one.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding f : report.result().findings()) {
            StringBuilder message = new StringBuilder(f.message());
            for (CallHop hop : f.chain()) {
                message.append('\n').append(report.display(hop.file())).append(':').append(hop.range().beginLine())
                        .append(':').append(hop.range().beginColumn()).append(": ").append(hop.description());
            }
            out.write("::" + command(f) + " file=" + property(report.display(f.file()))
                    + ",line=" + f.range().beginLine() + ",endLine=" + f.range().endLine()
                    + ",col=" + f.range().beginColumn() + ",endColumn=" + f.range().endColumn()
                    + ",title=" + property(f.ruleId()) + "::" + data(message.toString()) + "\n");
        }
        out.flush();
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** The message part: percent, carriage return and line feed are encoded; other control characters too. */
    static String data(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("%%%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A property value: also colon and comma, which separate properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
