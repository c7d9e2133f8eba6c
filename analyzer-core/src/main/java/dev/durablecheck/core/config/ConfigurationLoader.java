package dev.durablecheck.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.catalog.ApiCatalog;
import dev.durablecheck.core.catalog.CatalogEntry;
import dev.durablecheck.core.catalog.MemberPattern;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.model.EntryLambda;
import dev.durablecheck.core.model.Operation;
import dev.durablecheck.core.model.OperationBody;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds and reads {@code durable-check.json} strictly: an unknown key, a value of the wrong type,
 * an unknown rule id or severity, or a malformed member pattern is an error that names the file,
 * the key and the line.
 */
public final class ConfigurationLoader {

    public static final String FILE_NAME = "durable-check.json";

    private final Set<String> ruleIds;

    /** @param ruleIds the ids severities may be set for */
    public ConfigurationLoader(Set<String> ruleIds) {
        this.ruleIds = Set.copyOf(ruleIds);
    }

    /** The nearest {@code durable-check.json} in the folder of the first analysed path or above it. */
    public static Optional<Path> find(List<Path> analysedPaths) {
        if (analysedPaths.isEmpty()) {
            return Optional.empty();
        }
        Path start = analysedPaths.get(0).toAbsolutePath().normalize();
        for (Path folder = Files.isDirectory(start) ? start : start.getParent(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public Configuration load(Path file) throws ConfigurationException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read the configuration: " + e.getMessage());
        }
        ConfigFile parsed;
        try {
            parsed = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(text, ConfigFile.class);
        } catch (JsonProcessingException e) {
            throw new ConfigurationException(file + describe(e));
        }
        if (parsed == null) {
            throw new ConfigurationException(file + ": the configuration is empty; write {} for the defaults");
        }
        Located at = new Located(file, text);
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new Configuration(Optional.of(file), severities(parsed, at), catalog(parsed, at),
                wrappers(parsed.stepBodies(), "stepBodies", true, at), entries(parsed.entryPoints(), at),
                globs(parsed.include(), "include", at), globs(parsed.exclude(), "exclude", at), folder);
    }

    /** Finds where a value stands in the file, for messages about values Jackson accepted. */
    private record Located(Path file, String text) {
        ConfigurationException error(String key, String value, String problem) {
            int index = text.indexOf("\"" + value + "\"");
            int line = index < 0 ? 1 : (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
            return new ConfigurationException(file + ":" + line + ": " + key + ": " + problem);
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : ":" + location.getLineNr();
        if (e instanceof UnrecognizedPropertyException unknown) {
            return where + ": " + path(unknown) + ": unknown key (known here: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return where + ": " + path(mapping) + ": " + firstLine(e.getOriginalMessage());
        }
        return where + ": not valid JSON: " + firstLine(e.getOriginalMessage());
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private Map<String, Optional<Severity>> severities(ConfigFile parsed, Located at) throws ConfigurationException {
        Map<String, Optional<Severity>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : orEmpty(parsed.rules()).entrySet()) {
            if (!ruleIds.contains(e.getKey())) {
                throw at.error("rules." + e.getKey(), e.getKey(), "unknown rule id (see durable-check --list-rules)");
            }
            String value = e.getValue() == null ? "" : e.getValue().toLowerCase(Locale.ROOT);
            if (value.equals("off")) {
                out.put(e.getKey(), Optional.empty());
            } else {
                try {
                    out.put(e.getKey(), Optional.of(Severity.parse(value)));
                } catch (IllegalArgumentException ex) {
                    throw at.error("rules." + e.getKey(), e.getKey(), "'" + e.getValue() + "' is not error, warning, note or off");
                }
            }
        }
        return out;
    }

    private ApiCatalog catalog(ConfigFile parsed, Located at) throws ConfigurationException {
        List<CatalogEntry> entries = new ArrayList<>();
        for (ConfigFile.SinkGroup group : orEmpty(parsed.sinks())) {
            if (!ruleIds.contains(group.rule())) {
                throw at.error("sinks.rule", group.rule(), "unknown rule id (see durable-check --list-rules)");
            }
            for (String member : group.members()) {
                entries.add(new CatalogEntry(pattern(member, "sinks.members", at), group.rule(), null, false));
            }
        }
        for (ConfigFile.SafeGroup group : orEmpty(parsed.deterministic())) {
            for (String member : group.members()) {
                entries.add(new CatalogEntry(pattern(member, "deterministic.members", at), null, group.why(), false));
            }
        }
        return ApiCatalog.of(entries);
    }

    private static MemberPattern pattern(String text, String key, Located at) throws ConfigurationException {
        try {
            return MemberPattern.parse(text);
        } catch (IllegalArgumentException e) {
            throw at.error(key, text, e.getMessage());
        }
    }

    private static List<Operation> wrappers(List<ConfigFile.Wrapper> wrappers, String key, boolean step, Located at)
            throws ConfigurationException {
        List<Operation> out = new ArrayList<>();
        for (ConfigFile.Wrapper w : orEmpty(wrappers)) {
            String[] typeAndMethod = method(w.method(), key, at);
            OperationBody body = new OperationBody(w.bodyArgument(), step ? BodyKind.STEP : BodyKind.CHILD,
                    w.contextParameter() == null ? -1 : w.contextParameter(), -1, Set.of());
            Map<String, String> methods = new LinkedHashMap<>();
            methods.put(typeAndMethod[1], null);
            out.add(new Operation(typeAndMethod[0], typeAndMethod[1], Collections.unmodifiableMap(methods), Set.of(),
                    w.nameArgument() == null ? -1 : w.nameArgument(), -1, body));
        }
        return out;
    }

    private static List<EntryLambda> entries(List<ConfigFile.Wrapper> wrappers, Located at) throws ConfigurationException {
        List<EntryLambda> out = new ArrayList<>();
        for (ConfigFile.Wrapper w : orEmpty(wrappers)) {
            String[] typeAndMethod = method(w.method(), "entryPoints", at);
            out.add(new EntryLambda(typeAndMethod[0], typeAndMethod[1], w.bodyArgument(),
                    w.contextParameter() == null ? -1 : w.contextParameter()));
        }
        return out;
    }

    private static String[] method(String text, String key, Located at) throws ConfigurationException {
        int hash = text.indexOf('#');
        if (hash <= 0 || hash == text.length() - 1 || text.contains("(") || text.contains("*")) {
            throw at.error(key + ".method", text, "expected 'com.example.Type#method'");
        }
        return new String[] {text.substring(0, hash), text.substring(hash + 1)};
    }

    private static List<PathMatcher> globs(List<String> globs, String key, Located at) throws ConfigurationException {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : orEmpty(globs)) {
            try {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (IllegalArgumentException e) {
                throw at.error(key, glob, "not a valid glob: " + e.getMessage());
            }
        }
        return out;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
