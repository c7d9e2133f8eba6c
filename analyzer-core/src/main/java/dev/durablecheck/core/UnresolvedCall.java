package dev.durablecheck.core;

import java.nio.file.Path;

/**
 * A call in orchestration code whose target could not be resolved, so no rule could judge it.
 *
 * @param call the call as written, shortened
 */
public record UnresolvedCall(Path file, TextRange range, String call) {
}
