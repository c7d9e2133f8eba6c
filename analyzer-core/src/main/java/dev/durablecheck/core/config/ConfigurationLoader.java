package dev.durablecheck.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
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
import dev.durablecheck.core.model.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /**
     * The configuration of a run: the given file, or else the nearest {@code durable-check.json}
     * in the folder of the first analysed path or above, or else the defaults.
     */
    public Configuration resolve(Optional<Path> given, List<Path> analysedPaths) throws ConfigurationException {
        Optional<Path> file = given.isPresent() ? given : find(analysedPaths);
        if (file.isEmpty()) {
            return Configuration.defaults();
        }
        if (!Files.isRegularFile(file.get())) {
            throw new ConfigurationException(file.get() + ": configuration file not found");
        }
        return load(file.get());
    }

    public Configuration load(Path file) throws ConfigurationException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot read the configuration: " + e.getMessage());
        }
        Located at = new Located(file, new JsonLocator(text));
        ConfigFile parsed;
        try {
            parsed = strictMapper().readValue(text, ConfigFile.class);
        } catch (JsonProcessingException e) {
            throw at.error(e);
        }
        if (parsed == null) {
            throw new ConfigurationException(file + ":1: the configuration is empty; write {} for the defaults");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new Configuration(Optional.of(file), severities(parsed, at), catalog(parsed, at),
                wrappers(parsed.stepBodies(), "stepBodies", true, at), entries(parsed.entryPoints(), at),
                globs(parsed.include(), "include", at), globs(parsed.exclude(), "exclude", at), folder,
                suppressions(parsed.suppress(), folder, at), profiles(parsed.profiles(), folder, at));
    }

    /** Profile files of the project's own, relative to the configuration's folder, each read strictly. */
    private static List<Profile> profiles(List<String> files, Path folder, Located at) throws ConfigurationException {
        List<Profile> out = new ArrayList<>();
        for (int i = 0; i < orEmpty(files).size(); i++) {
            List<Object> key = List.of("profiles", i);
            Path file = folder.resolve(at.required(files.get(i), key));
            try (InputStream in = Files.newInputStream(file)) {
                out.add(Profile.read(in));
            } catch (IOException e) {
                throw at.error(key, file + ": " + (e instanceof NoSuchFileException ? "not found" : firstLine(e.getMessage())));
            }
        }
        return out;
    }

    /** No coercion: a string where a number belongs, a number where a string belongs, or 1.7 for an index is an error. */
    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return mapper;
    }

    /** Where a key or value stands in the file, for messages that name the file, the key and the line. */
    private record Located(Path file, JsonLocator locator) {

        ConfigurationException error(List<Object> path, String problem) {
            return new ConfigurationException(file + ":" + locator.lineOf(path) + ": " + key(path) + ": " + problem);
        }

        ConfigurationException error(JsonProcessingException e) {
            boolean syntax = e instanceof JsonParseException || e.getCause() instanceof JsonParseException;
            if (!syntax && e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                List<Object> path = new ArrayList<>();
                for (JsonMappingException.Reference ref : mapping.getPath()) {
                    path.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
                }
                String problem = e instanceof UnrecognizedPropertyException unknown
                        ? "unknown key (known here: " + unknown.getKnownPropertyIds().stream().map(Object::toString)
                        .sorted().collect(Collectors.joining(", ")) + ")"
                        : firstLine(e.getOriginalMessage());
                return error(path, problem);
            }
            JsonLocation location = e.getCause() instanceof JsonParseException parse ? parse.getLocation() : e.getLocation();
            return new ConfigurationException(file + ":" + (location == null ? 1 : location.getLineNr())
                    + ": not valid JSON: " + firstLine(e.getOriginalMessage()));
        }

        /** A value that must be present: an explicit null is an error naming its key. */
        <T> T required(T value, List<Object> path) throws ConfigurationException {
            if (value == null) {
                throw error(path, "a value is required here, not null");
            }
            return value;
        }

        private static String key(List<Object> path) {
            StringBuilder key = new StringBuilder();
            for (Object part : path) {
                if (part instanceof Integer index) {
                    key.append('[').append(index).append(']');
                } else {
                    key.append(key.length() == 0 ? "" : ".").append(part);
                }
            }
            return key.toString();
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private Map<String, Optional<Severity>> severities(ConfigFile parsed, Located at) throws ConfigurationException {
        Map<String, Optional<Severity>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : orEmpty(parsed.rules()).entrySet()) {
            List<Object> path = List.of("rules", e.getKey());
            if (!ruleIds.contains(e.getKey())) {
                throw at.error(path, "unknown rule id (see durable-check --list-rules)");
            }
            String value = at.required(e.getValue(), path).toLowerCase(Locale.ROOT);
            if (value.equals("off")) {
                out.put(e.getKey(), Optional.empty());
            } else {
                try {
                    out.put(e.getKey(), Optional.of(Severity.parse(value)));
                } catch (IllegalArgumentException ex) {
                    throw at.error(path, "'" + e.getValue() + "' is not error, warning, note or off");
                }
            }
        }
        return out;
    }

    private ApiCatalog catalog(ConfigFile parsed, Located at) throws ConfigurationException {
        List<CatalogEntry> entries = new ArrayList<>();
        List<ConfigFile.SinkGroup> sinks = orEmpty(parsed.sinks());
        for (int i = 0; i < sinks.size(); i++) {
            ConfigFile.SinkGroup group = at.required(sinks.get(i), List.of("sinks", i));
            String rule = at.required(group.rule(), List.of("sinks", i, "rule"));
            if (!ruleIds.contains(rule)) {
                throw at.error(List.of("sinks", i, "rule"), "unknown rule id (see durable-check --list-rules)");
            }
            for (MemberPattern pattern : patterns(group.members(), List.of("sinks", i, "members"), at)) {
                entries.add(new CatalogEntry(pattern, rule, null, false));
            }
        }
        List<ConfigFile.SafeGroup> safe = orEmpty(parsed.deterministic());
        for (int i = 0; i < safe.size(); i++) {
            ConfigFile.SafeGroup group = at.required(safe.get(i), List.of("deterministic", i));
            String why = at.required(group.why(), List.of("deterministic", i, "why"));
            for (MemberPattern pattern : patterns(group.members(), List.of("deterministic", i, "members"), at)) {
                entries.add(new CatalogEntry(pattern, null, why, false));
            }
        }
        return ApiCatalog.of(entries);
    }

    private static List<MemberPattern> patterns(List<String> members, List<Object> path, Located at)
            throws ConfigurationException {
        List<MemberPattern> out = new ArrayList<>();
        List<String> texts = at.required(members, path);
        for (int i = 0; i < texts.size(); i++) {
            List<Object> itemPath = append(path, i);
            try {
                out.add(MemberPattern.parse(at.required(texts.get(i), itemPath)));
            } catch (IllegalArgumentException e) {
                throw at.error(itemPath, e.getMessage());
            }
        }
        return out;
    }

    private static List<Operation> wrappers(List<ConfigFile.Wrapper> wrappers, String key, boolean step, Located at)
            throws ConfigurationException {
        List<Operation> out = new ArrayList<>();
        for (int i = 0; i < orEmpty(wrappers).size(); i++) {
            ConfigFile.Wrapper w = at.required(wrappers.get(i), List.of(key, i));
            String[] typeAndMethod = method(w.method(), List.of(key, i, "method"), at);
            int body = at.required(w.bodyArgument(), List.of(key, i, "bodyArgument"));
            OperationBody operationBody = new OperationBody(body, step ? BodyKind.STEP : BodyKind.CHILD,
                    w.contextParameter() == null ? -1 : w.contextParameter(), -1, Set.of());
            Map<String, String> methods = new LinkedHashMap<>();
            methods.put(typeAndMethod[1], null);
            out.add(new Operation(typeAndMethod[0], typeAndMethod[1], Collections.unmodifiableMap(methods), Set.of(),
                    w.nameArgument() == null ? -1 : w.nameArgument(), -1, operationBody));
        }
        return out;
    }

    private static List<EntryLambda> entries(List<ConfigFile.Wrapper> wrappers, Located at) throws ConfigurationException {
        List<EntryLambda> out = new ArrayList<>();
        for (int i = 0; i < orEmpty(wrappers).size(); i++) {
            ConfigFile.Wrapper w = at.required(wrappers.get(i), List.of("entryPoints", i));
            String[] typeAndMethod = method(w.method(), List.of("entryPoints", i, "method"), at);
            int body = at.required(w.bodyArgument(), List.of("entryPoints", i, "bodyArgument"));
            out.add(new EntryLambda(typeAndMethod[0], typeAndMethod[1], body,
                    w.contextParameter() == null ? -1 : w.contextParameter()));
        }
        return out;
    }

    private static String[] method(String text, List<Object> path, Located at) throws ConfigurationException {
        String method = at.required(text, path);
        int hash = method.indexOf('#');
        if (hash <= 0 || hash == method.length() - 1 || method.contains("(") || method.contains("*")) {
            throw at.error(path, "'" + method + "' is not of the form com.example.Type#method");
        }
        return new String[] {method.substring(0, hash), method.substring(hash + 1)};
    }

    private List<FileSuppression> suppressions(List<ConfigFile.Suppress> entries, Path folder, Located at)
            throws ConfigurationException {
        List<FileSuppression> out = new ArrayList<>();
        for (int i = 0; i < orEmpty(entries).size(); i++) {
            ConfigFile.Suppress entry = at.required(entries.get(i), List.of("suppress", i));
            List<String> rules = at.required(entry.rules(), List.of("suppress", i, "rules"));
            if (rules.isEmpty()) {
                throw at.error(List.of("suppress", i, "rules"), "name at least one rule id");
            }
            for (int r = 0; r < rules.size(); r++) {
                if (!ruleIds.contains(at.required(rules.get(r), List.of("suppress", i, "rules", r)))) {
                    throw at.error(List.of("suppress", i, "rules", r), "unknown rule id (see durable-check --list-rules)");
                }
            }
            List<Object> filesPath = List.of("suppress", i, "files");
            List<PathMatcher> files = globs(at.required(entry.files(), filesPath), filesPath, at);
            if (files.isEmpty()) {
                throw at.error(filesPath, "name at least one glob; to switch a rule off everywhere, set it to off under rules");
            }
            String reason = at.required(entry.reason(), List.of("suppress", i, "reason"));
            if (reason.isBlank()) {
                throw at.error(List.of("suppress", i, "reason"), "say why the findings are acceptable");
            }
            out.add(new FileSuppression(Set.copyOf(rules), files, reason.strip(), folder));
        }
        return out;
    }

    private static List<PathMatcher> globs(List<String> globs, String key, Located at) throws ConfigurationException {
        return globs(orEmpty(globs), List.of(key), at);
    }

    private static List<PathMatcher> globs(List<String> globs, List<Object> key, Located at) throws ConfigurationException {
        List<PathMatcher> out = new ArrayList<>();
        for (int i = 0; i < globs.size(); i++) {
            List<Object> itemPath = append(key, i);
            String glob = at.required(globs.get(i), itemPath);
            try {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            } catch (IllegalArgumentException e) {
                throw at.error(itemPath, "not a valid glob: " + firstLine(e.getMessage()));
            }
        }
        return out;
    }

    private static List<Object> append(List<Object> path, Object part) {
        List<Object> out = new ArrayList<>(path);
        out.add(part);
        return out;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
