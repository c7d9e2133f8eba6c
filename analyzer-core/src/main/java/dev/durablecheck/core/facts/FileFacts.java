package dev.durablecheck.core.facts;

import dev.durablecheck.core.region.RegionClassifier;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.MemberAccesses;

import java.nio.file.Path;

/**
 * What the run knows of one parsed file, built once and shared by everything that reads the file:
 * the rules that analyse it and the reach that follows calls into it, on any thread. Each part
 * memoises per node, so each fact is found once.
 */
public record FileFacts(Path path, FileResolver resolver, RegionClassifier regions, MemberAccesses accesses) {
}
