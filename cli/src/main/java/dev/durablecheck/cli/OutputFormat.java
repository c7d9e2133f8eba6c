package dev.durablecheck.cli;

import dev.durablecheck.core.report.GithubReporter;
import dev.durablecheck.core.report.HtmlReporter;
import dev.durablecheck.core.report.JsonReporter;
import dev.durablecheck.core.report.Reporter;
import dev.durablecheck.core.report.SarifReporter;
import dev.durablecheck.core.report.TextReporter;

import java.nio.file.Path;

/** The formats {@code --format} offers. */
enum OutputFormat {
    TEXT, SARIF, GITHUB, JSON, HTML;

    Reporter reporter(Path baseDir, boolean color) {
        return switch (this) {
            case TEXT -> new TextReporter(baseDir, color, false);
            case SARIF -> new SarifReporter();
            case GITHUB -> new GithubReporter();
            case JSON -> new JsonReporter();
            case HTML -> new HtmlReporter();
        };
    }

    /** Whether the output is for people, with the summary in it; the others carry only their format. */
    boolean isText() {
        return this == TEXT;
    }
}
