package dev.durablecheck.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;

/**
 * Where a rule's page is: {@code <base><id>.md}. The base defaults to the rule folder of the
 * project's repository, the POM's {@code url}; a team that mirrors the pages sets its own.
 */
public record RuleLinks(URI base) {

    /** The project's own pages: {@code docs/rules/} on the main branch of its repository. */
    public static final RuleLinks PROJECT = new RuleLinks(URI.create(projectUrl() + "/blob/main/docs/rules/"));

    public RuleLinks {
        String text = base.toString();
        if (!text.endsWith("/")) {
            base = URI.create(text + "/");
        }
    }

    /** A base given by a user: an absolute http(s) URL, to which a missing final slash is added. */
    public static RuleLinks parse(String base) {
        URI uri = URI.create(base.strip());
        if (!uri.isAbsolute() || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("'" + base + "' is not an http(s) URL");
        }
        return new RuleLinks(uri);
    }

    /** The page of the rule {@code id}. */
    public URI page(String id) {
        return base.resolve(id + ".md");
    }

    /** The project's address, where the tool is described. */
    public static URI project() {
        return URI.create(projectUrl());
    }

    private static String projectUrl() {
        try (InputStream in = RuleLinks.class.getResourceAsStream("project.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("url");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the project's url", e);
        }
    }
}
