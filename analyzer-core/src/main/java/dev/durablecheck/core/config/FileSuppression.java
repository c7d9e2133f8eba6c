package dev.durablecheck.core.config;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;

/**
 * A suppression written in the configuration rather than in the source: some rules' findings in
 * the files that globs match, with the reason a reviewer reads. It is the way to accept a finding
 * in a file that has no code to write a comment in, such as one that never finished parsing.
 *
 * @param rules the rule ids it covers
 * @param files globs relative to {@code folder}
 * @param folder the configuration file's folder
 */
public record FileSuppression(Set<String> rules, List<PathMatcher> files, String reason, Path folder) {

    public FileSuppression {
        rules = Set.copyOf(rules);
        files = List.copyOf(files);
    }

    /** Whether it covers findings of {@code ruleId} in {@code file}. */
    public boolean covers(String ruleId, Path file) {
        if (!rules.contains(ruleId)) {
            return false;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
        return files.stream().anyMatch(m -> m.matches(relative));
    }
}
