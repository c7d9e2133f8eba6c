package dev.durablecheck.core;

import java.util.Locale;

/** How serious a finding is; configuration and {@code --fail-on} compare against it. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case word used in output, configuration and SARIF levels. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code note}, ignoring case. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or note)");
    }
}
