package dev.durablecheck.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One runtime's API as its profile file describes it (docs/profile.schema.json): how orchestration
 * code is recognised, its durable operations, and the members the rules ask about.
 *
 * @param packages the runtime's packages: a file that names one uses this runtime, and calls into
 *     them are judged by the profile, never followed
 * @param replaySafeLoggers methods whose logger stays silent on replay ({@code Workflow#getLogger})
 * @param neverReplayed annotations of interfaces whose implementations run once and are never
 *     replayed ({@code @ActivityInterface}): calls into them are not followed
 * @param neverReplayedSupertypes supertypes whose methods' implementations are never replayed either
 *     ({@code DynamicActivity.execute})
 * @param jvmMonitorsUnsafe whether orchestration code must not block on JVM monitors and locks,
 *     which deadlock the runtime's own threads (Temporal's cooperative workflow threads)
 * @param advice per rule id (and per hazard a rule reports apart, such as {@code jvm-monitor}),
 *     the runtime's own words for what to do instead
 */
public record Profile(String id, List<String> packages, String contextType, String stepContextType,
                      Set<String> knownTypes, Map<String, List<String>> supertypes, List<Operation> operations,
                      List<HandlerMethod> handlers, List<EntryInterface> entryInterfaces, List<SupertypeMethods> entrySupertypes,
                      List<StubInterface> stubInterfaces, List<StubReferenceCall> stubReferenceCalls,
                      List<EntryLambda> entryLambdas, List<ModelMember> members,
                      List<RuntimeMethod> resultWaits, Set<String> suspensionTypes, List<RuntimeMethod> replayGuards,
                      List<RuntimeMethod> replaySafeLoggers, Set<String> neverReplayed,
                      List<SupertypeMethods> neverReplayedSupertypes, boolean jvmMonitorsUnsafe,
                      Map<String, String> advice) {

    private static final Set<String> KEYS = Set.of("id", "description", "packages", "contextType", "stepContextType",
            "knownTypes", "supertypes", "handlers", "entryInterfaces", "entrySupertypes", "stubInterfaces", "stubReferenceCalls", "entryLambdas", "operations", "resultWaits", "suspensionTypes",
            "replayGuards", "replaySafeLoggers", "neverReplayed", "neverReplayedSupertypes", "jvmMonitorsUnsafe", "advice", "members");

    /** Reads a profile; a key the format does not have is an error naming it, as a misspelt key would silently do nothing. */
    public static Profile read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException("not a profile: a JSON object is expected");
        }
        Set<String> unknown = new TreeSet<>();
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                unknown.add(key);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IOException("unknown profile key(s) " + unknown + " (see docs/profile.schema.json)");
        }
        if (root.path("id").asText().isEmpty()) {
            throw new IOException("the profile has no \"id\"");
        }
        return of(root);
    }

    private static Profile of(JsonNode root) {
        String contextType = root.path("contextType").asText("");
        List<String> packages = strings(root.path("packages"));
        if (packages.isEmpty() && contextType.contains(".")) {
            packages = List.of(contextType.substring(0, contextType.lastIndexOf('.')));
        }
        Map<String, List<String>> supertypes = new LinkedHashMap<>();
        root.path("supertypes").fields().forEachRemaining(e -> supertypes.put(e.getKey(), strings(e.getValue())));
        Set<String> knownTypes = new HashSet<>(strings(root.path("knownTypes")));
        knownTypes.addAll(supertypes.keySet());
        Map<String, String> advice = new LinkedHashMap<>();
        root.path("advice").fields().forEachRemaining(e -> advice.put(e.getKey(), e.getValue().asText()));
        return new Profile(root.path("id").asText(), packages, contextType, root.path("stepContextType").asText(""),
                Set.copyOf(knownTypes), Map.copyOf(supertypes), operations(root.path("operations")),
                handlers(root.path("handlers")), entryInterfaces(root.path("entryInterfaces")),
                supertypeMethods(root.path("entrySupertypes")),
                stubInterfaces(root.path("stubInterfaces")), stubReferenceCalls(root.path("stubReferenceCalls")),
                entryLambdas(root.path("entryLambdas")), members(root.path("members")),
                runtimeMethods(root.path("resultWaits")), Set.copyOf(strings(root.path("suspensionTypes"))),
                runtimeMethods(root.path("replayGuards")), runtimeMethods(root.path("replaySafeLoggers")),
                Set.copyOf(strings(root.path("neverReplayed"))), supertypeMethods(root.path("neverReplayedSupertypes")),
                root.path("jvmMonitorsUnsafe").asBoolean(false),
                Map.copyOf(advice));
    }

    /** Whether source text names the runtime: an import or a qualified name in one of its packages. */
    public boolean isUsedBy(String sourceText) {
        return packages.stream().anyMatch(p -> sourceText.contains(p + "."));
    }

    private static List<Operation> operations(JsonNode array) {
        List<Operation> operations = new ArrayList<>();
        for (JsonNode op : array) {
            Map<String, String> methods = new LinkedHashMap<>();
            op.path("methods").fields().forEachRemaining(
                    e -> methods.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            Set<Integer> arities = new HashSet<>();
            op.path("arities").forEach(a -> arities.add(a.asInt()));
            JsonNode body = op.path("body");
            OperationBody operationBody = body.isMissingNode() ? null : new OperationBody(
                    body.path("argument").asInt(), BodyKind.valueOf(body.path("kind").asText()),
                    body.path("contextParameter").asInt(-1), body.path("itemParameter").asInt(-1),
                    integers(body.path("stableParameters")));
            operations.add(new Operation(op.path("receiver").asText(), op.path("family").asText(),
                    Collections.unmodifiableMap(methods), Set.copyOf(arities), op.path("nameArgument").asInt(-1),
                    op.path("itemsArgument").asInt(-1), operationBody, op.path("distinctNames").asBoolean(true)));
        }
        return List.copyOf(operations);
    }

    private static List<HandlerMethod> handlers(JsonNode array) {
        List<HandlerMethod> handlers = new ArrayList<>();
        for (JsonNode h : array) {
            handlers.add(new HandlerMethod(h.path("type").asText(), h.path("method").asText(), h.path("arity").asInt(),
                    h.path("inputParameter").asInt(0)));
        }
        return List.copyOf(handlers);
    }

    private static List<EntryInterface> entryInterfaces(JsonNode array) {
        List<EntryInterface> entries = new ArrayList<>();
        for (JsonNode e : array) {
            entries.add(new EntryInterface(e.path("annotation").asText(), Set.copyOf(strings(e.path("methodAnnotations"))),
                    e.path("constructorAnnotation").asText("")));
        }
        return List.copyOf(entries);
    }

    private static List<SupertypeMethods> supertypeMethods(JsonNode array) {
        List<SupertypeMethods> entries = new ArrayList<>();
        for (JsonNode e : array) {
            entries.add(new SupertypeMethods(e.path("type").asText(), Set.copyOf(strings(e.path("methods")))));
        }
        return List.copyOf(entries);
    }

    private static List<StubInterface> stubInterfaces(JsonNode array) {
        List<StubInterface> stubs = new ArrayList<>();
        for (JsonNode s : array) {
            stubs.add(new StubInterface(s.path("annotation").asText(), s.path("family").asText()));
        }
        return List.copyOf(stubs);
    }

    private static List<StubReferenceCall> stubReferenceCalls(JsonNode array) {
        List<StubReferenceCall> calls = new ArrayList<>();
        for (JsonNode c : array) {
            calls.add(new StubReferenceCall(c.path("receiver").asText(), c.path("method").asText(), c.path("argument").asInt()));
        }
        return List.copyOf(calls);
    }

    private static List<EntryLambda> entryLambdas(JsonNode array) {
        List<EntryLambda> entries = new ArrayList<>();
        for (JsonNode e : array) {
            entries.add(new EntryLambda(e.path("receiver").asText(), e.path("method").asText(),
                    e.path("argument").asInt(), e.path("contextParameter").asInt()));
        }
        return List.copyOf(entries);
    }

    private static List<ModelMember> members(JsonNode array) {
        List<ModelMember> members = new ArrayList<>();
        for (JsonNode m : array) {
            members.add(new ModelMember(m.path("receiver").asText(), m.path("method").asText(),
                    m.path("static").asBoolean(false), m.path("returns").isNull() ? null : m.path("returns").asText(null)));
        }
        return List.copyOf(members);
    }

    private static List<RuntimeMethod> runtimeMethods(JsonNode array) {
        List<RuntimeMethod> out = new ArrayList<>();
        array.forEach(m -> out.add(new RuntimeMethod(m.path("receiver").asText(), m.path("method").asText())));
        return List.copyOf(out);
    }

    private static Set<Integer> integers(JsonNode array) {
        Set<Integer> out = new HashSet<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
