package dev.durablecheck.rules.nondeterminism;

import dev.durablecheck.core.catalog.ApiCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The built-in API catalog, {@code nondeterministic-apis.json}, loaded once. */
final class ReplayUnsafeApis {

    private static final String RESOURCE = "/dev/durablecheck/rules/nondeterministic-apis.json";

    static final ApiCatalog CATALOG = load();

    private ReplayUnsafeApis() {
    }

    private static ApiCatalog load() {
        try (InputStream in = ReplayUnsafeApis.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("API catalog missing from the jar: " + RESOURCE);
            }
            return ApiCatalog.load(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API catalog " + RESOURCE, e);
        }
    }
}
