package dev.durablecheck.core.run;

import dev.durablecheck.core.Finding;
import dev.durablecheck.core.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lowest severity that fails a run, or {@code never}: the gate of both front ends. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTE(Severity.NOTE), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** {@code error}, {@code warning}, {@code note} or {@code never}, in any case. */
    public static FailOn parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not error, warning, note or never", e);
        }
    }

    /** The findings at or above the threshold, in their order; none for {@code never}. */
    public List<Finding> failing(List<Finding> findings) {
        return Optional.ofNullable(threshold)
                .map(t -> findings.stream().filter(f -> f.severity().atLeast(t)).toList())
                .orElse(List.of());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
