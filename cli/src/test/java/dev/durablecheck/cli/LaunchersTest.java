package dev.durablecheck.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bash launcher ({@code durable-check}) and the Windows one ({@code durable-check.cmd}) must run
 * the same jar with the same JVM options and build it the same way. Nothing here can run cmd, so the
 * two files are read and compared, and the jar they look for is checked against the name the shade
 * plugin gives it in {@code cli/pom.xml}.
 */
class LaunchersTest {

    private static final Path BASH = Path.of("../durable-check");
    private static final Path CMD = Path.of("../durable-check.cmd");
    private static final Path CLI_POM = Path.of("pom.xml");

    /** A JVM option, with its value when it has a literal one ({@code -XX:SharedArchiveFile="..."} has not). */
    private static final Pattern JVM_OPTION = Pattern.compile("(?<![\\w-])-X[\\w:+.-]+(?:=[\\w.]+)?");
    private static final String BUILD = "-pl cli -am -DskipTests package";

    @Test
    void bothLookForTheAllJarTheBuildNames() throws IOException {
        String bashGlob = find(Pattern.compile("cli/target/(durable-check-\\S*?\\.jar)"), String.join("\n", code(BASH, "#")));
        String cmdRegex = find(Pattern.compile("findstr /r /x /c:\"([^\"]+)\""), String.join("\n", code(CMD, "rem ")));
        assertThat(read(CMD)).contains("\"%ROOT%\\cli\\target\\durable-check-*.jar\"");

        Pattern fromGlob = Pattern.compile(bashGlob.replace(".", "\\.").replace("*", ".*"));
        Pattern fromFindstr = Pattern.compile(cmdRegex);
        assertThat(fromFindstr.pattern()).isEqualTo(fromGlob.pattern());

        String pom = read(CLI_POM);
        String version = find(Pattern.compile("(?s)<parent>.*?<version>([^<]+)</version>"), pom);
        String allJar = find(Pattern.compile("<finalName>([^<]+)</finalName>"), pom)
                .replace("${project.version}", version) + ".jar";
        assertThat(allJar).isEqualTo("durable-check-" + version + ".jar");
        for (Pattern pattern : List.of(fromGlob, fromFindstr)) {
            assertThat(pattern.matcher(allJar).matches()).as(pattern + " matches " + allJar).isTrue();
            assertThat(pattern.matcher("durable-check-1.2.0.jar").matches()).isTrue();
            for (String other : List.of("durable-check-cli-" + version + ".jar",
                    "durable-check-cli-" + version + "-sources.jar", "durable-check-cli-" + version + "-javadoc.jar",
                    "durable-check-" + version + ".jsa", "durable-check-" + version + ".jar.sha256")) {
                assertThat(pattern.matcher(other).matches()).as(pattern + " leaves out " + other).isFalse();
            }
        }
    }

    @Test
    void bothRunJavaWithTheSameOptionsAndTheUsersLast() throws IOException {
        List<String> bash = jvmOptions(code(BASH, "#"));
        List<String> cmd = jvmOptions(code(CMD, "rem "));
        assertThat(bash).contains("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-XX:TieredStopAtLevel=1",
                "-XX:-DontCompileHugeMethods", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit");
        assertThat(cmd).isEqualTo(bash);

        for (Path launcher : List.of(BASH, CMD)) {
            String java = code(launcher, launcher == BASH ? "#" : "rem ").stream()
                    .filter(line -> line.contains(" -jar ")).findFirst().orElseThrow();
            int userOptions = java.indexOf("DURABLE_CHECK_JAVA_OPTS");
            assertThat(userOptions).as(launcher + ": " + java).isGreaterThan(java.lastIndexOf("-XX:"));
            assertThat(userOptions).as(launcher + ": " + java).isLessThan(java.indexOf(" -jar "));
        }
    }

    @Test
    void bothBuildTheCliAndHonourAPrebuiltJar() throws IOException {
        for (Path launcher : List.of(BASH, CMD)) {
            String text = read(launcher);
            assertThat(text).as(launcher.toString()).contains(BUILD, "-Dstyle.color=never", "DURABLE_CHECK_JAR");
        }
    }

    private static List<String> jvmOptions(List<String> lines) {
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            Matcher m = JVM_OPTION.matcher(line);
            while (m.find()) {
                options.add(m.group());
            }
        }
        return options;
    }

    /** The launcher's lines less its comments, which mention options it does not pass. */
    private static List<String> code(Path launcher, String comment) throws IOException {
        return read(launcher).lines().map(String::strip)
                .filter(line -> !line.regionMatches(true, 0, comment, 0, comment.length()))
                .toList();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in the text").isTrue();
        return m.group(1);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
