package dev.durablecheck.maven;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.Optional;

/**
 * The Java version a module's sources are written in, as its build says: the compiler plugin's
 * {@code release} or {@code source}, else the {@code maven.compiler.release} or
 * {@code maven.compiler.source} property; Java 21, the newest the parser knows, when none is set.
 */
final class SourceLevel {

    private static final int OLDEST = 8;
    private static final int NEWEST = 21;

    private SourceLevel() {
    }

    static LanguageLevel of(MavenProject project) {
        Optional<String> configured = compilerSetting(project, "release").or(() -> compilerSetting(project, "source"))
                .or(() -> property(project, "maven.compiler.release")).or(() -> property(project, "maven.compiler.source"));
        return LanguageLevel.valueOf("JAVA_" + configured.flatMap(SourceLevel::version).orElse(NEWEST));
    }

    private static Optional<String> compilerSetting(MavenProject project, String name) {
        Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (compiler == null || !(compiler.getConfiguration() instanceof Xpp3Dom configuration)) {
            return Optional.empty();
        }
        return Optional.ofNullable(configuration.getChild(name)).map(Xpp3Dom::getValue).filter(v -> !v.isBlank());
    }

    private static Optional<String> property(MavenProject project, String name) {
        return Optional.ofNullable(project.getProperties().getProperty(name)).filter(v -> !v.isBlank());
    }

    /** {@code 17} and {@code 1.8} as 17 and 8, within what the parser knows; empty for an unexpanded or odd value. */
    private static Optional<Integer> version(String text) {
        String value = text.strip().startsWith("1.") ? text.strip().substring(2) : text.strip();
        try {
            return Optional.of(Math.max(OLDEST, Math.min(NEWEST, Integer.parseInt(value))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
