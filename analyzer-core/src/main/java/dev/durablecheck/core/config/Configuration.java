package dev.durablecheck.core.config;

import dev.durablecheck.core.Severity;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.model.EntryLambda;
import dev.durablecheck.core.model.Operation;
import dev.durablecheck.core.model.Profile;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a configuration file asks of a run: rule severities (or {@code off}), members added to the
 * API catalog as sinks or declared replay-safe, the team's own wrappers around the SDK, which
 * files to analyse, and findings accepted per file.
 *
 * @param source the file it was read from, or empty for the defaults
 * @param severities per rule id: the severity to report with, or empty for {@code off}
 * @param catalog entries that extend and override the built-in API catalog
 * @param folder the folder include and exclude globs are relative to
 * @param suppressions findings accepted per rule and file, with a reason
 * @param profiles runtime profiles of the project's own, added to the built-in ones
 */
public record Configuration(Optional<Path> source, Map<String, Optional<Severity>> severities, ApiCatalog catalog,
                            List<Operation> stepWrappers, List<EntryLambda> entryWrappers,
                            List<PathMatcher> include, List<PathMatcher> exclude, Path folder,
                            List<FileSuppression> suppressions, List<Profile> profiles) {

    public Configuration {
        severities = Map.copyOf(severities);
        stepWrappers = List.copyOf(stepWrappers);
        entryWrappers = List.copyOf(entryWrappers);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        suppressions = List.copyOf(suppressions);
        profiles = List.copyOf(profiles);
    }

    /** No configuration file: every rule at its default severity, the built-in catalog only. */
    public static Configuration defaults() {
        return new Configuration(Optional.empty(), Map.of(), ApiCatalog.empty(), List.of(), List.of(), List.of(),
                List.of(), Path.of("").toAbsolutePath(), List.of(), List.of());
    }

    public boolean isOff(String ruleId) {
        return severities.containsKey(ruleId) && severities.get(ruleId).isEmpty();
    }

    /** The severity a rule's findings carry: the configured one, else {@code defaultSeverity}. */
    public Severity severityOf(String ruleId, Severity defaultSeverity) {
        return severities.getOrDefault(ruleId, Optional.of(defaultSeverity)).orElse(defaultSeverity);
    }

    /** Whether a file passes the include and exclude globs, matched against its path from {@link #folder}. */
    public boolean includes(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
        boolean included = include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative));
        return included && exclude.stream().noneMatch(m -> m.matches(relative));
    }

    /** The first configured suppression that covers findings of {@code ruleId} in {@code file}. */
    public Optional<FileSuppression> suppressionOf(String ruleId, Path file) {
        return suppressions.stream().filter(s -> s.covers(ruleId, file)).findFirst();
    }

    /** The runtime model with this configuration's profiles and wrappers added. */
    public DurableModel extend(DurableModel model) {
        DurableModel extended = model;
        for (Profile profile : profiles) {
            extended = extended.withProfile(profile);
        }
        return stepWrappers.isEmpty() && entryWrappers.isEmpty() ? extended : extended.with(stepWrappers, entryWrappers);
    }
}
