package dev.durablecheck.core;

import java.nio.file.Path;

/**
 * One call on the way from the orchestration call site where a finding is reported down to the
 * offending call.
 *
 * @param description the call as written, for example {@code orderService.reserve(order)}
 */
public record CallHop(Path file, TextRange range, String description) {
}
