package dev.durablecheck.core;

import dev.durablecheck.core.filter.Suppression;

/** A finding that a suppression in the source covers: counted, and reported only on request. */
public record SuppressedFinding(Finding finding, Suppression suppression) {
}
