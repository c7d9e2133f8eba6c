package dev.durablecheck.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rule as reports describe it: its descriptor and its help page. A rule pack ships each help
 * page as the resource {@code META-INF/durable-check/help/<id>.md}.
 *
 * @param helpMarkdown the page, or the summary when the pack ships none
 */
public record RuleDocumentation(RuleDescriptor descriptor, String helpMarkdown) {

    static final String HELP_FOLDER = "META-INF/durable-check/help/";

    /** The documentation of a rule, its help page read through {@code loader}. */
    public static RuleDocumentation of(RuleDescriptor descriptor, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(HELP_FOLDER + descriptor.id() + ".md")) {
            String help = in == null ? descriptor.summary() + "." : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RuleDocumentation(descriptor, help);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the help page of " + descriptor.id(), e);
        }
    }

    /**
     * The page's first paragraph that says more than the summary, in Markdown on one line: what
     * the rule reports, usually the start of "What it flags"; the summary when the page has none.
     */
    public String fullDescription() {
        String summary = descriptor.summary() + ".";
        for (String paragraph : helpMarkdown.split("\\R\\s*\\R")) {
            String text = paragraph.strip();
            if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("Severity:") && !text.equals(summary)
                    && !text.startsWith("```")) {
                return text.replaceAll("(?m)^\\s*- ", "").replaceAll("\\s+", " ");
            }
        }
        return summary;
    }

    /** {@link #fullDescription()} as plain text. */
    public String fullDescriptionText() {
        return PlainText.inline(fullDescription());
    }

    /** The page as plain text, for readers that show text as it is. */
    public String helpText() {
        return PlainText.of(helpMarkdown);
    }
}
