package dev.durablecheck.cli;

import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;

import java.util.List;
import java.util.Optional;

/** The lowest severity that fails the run, or {@code never}. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    boolean fails(List<Finding> findings) {
        return Optional.ofNullable(threshold)
                .map(t -> findings.stream().anyMatch(f -> f.severity().atLeast(t)))
                .orElse(false);
    }
}
