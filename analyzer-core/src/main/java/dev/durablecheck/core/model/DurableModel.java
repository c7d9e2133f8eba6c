package dev.durablecheck.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A durable runtime's API as data: its context types, operations and entry points, read from a
 * profile file. Rules and region classification ask the model instead of hard-coding the SDK.
 */
public final class DurableModel {

    private static final String AWS_PROFILE = "aws-lambda-durable-java-2.json";

    private final String id;
    private final String contextType;
    private final String stepContextType;
    private final Set<String> knownTypes;
    private final Map<String, List<String>> supertypes;
    private final List<Operation> operations;
    private final Set<String> operationMethodNames;
    private final List<HandlerMethod> handlers;
    private final List<EntryLambda> entryLambdas;
    private final List<ModelMember> members;
    private final List<RuntimeMethod> resultWaits;
    private final Set<String> suspensionTypes;
    private final List<RuntimeMethod> replayGuards;
    private final Map<String, String> advice;

    private DurableModel(JsonNode root) {
        this.id = root.path("id").asText();
        this.contextType = root.path("contextType").asText();
        this.stepContextType = root.path("stepContextType").asText();
        this.knownTypes = new HashSet<>(strings(root.path("knownTypes")));
        this.supertypes = new LinkedHashMap<>();
        root.path("supertypes").fields().forEachRemaining(e -> supertypes.put(e.getKey(), strings(e.getValue())));
        this.operations = new ArrayList<>();
        this.operationMethodNames = new HashSet<>();
        for (JsonNode op : root.path("operations")) {
            Map<String, String> methods = new LinkedHashMap<>();
            op.path("methods").fields().forEachRemaining(
                    e -> methods.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            Set<Integer> arities = new HashSet<>();
            op.path("arities").forEach(a -> arities.add(a.asInt()));
            JsonNode body = op.path("body");
            OperationBody operationBody = body.isMissingNode() ? null : new OperationBody(
                    body.path("argument").asInt(), BodyKind.valueOf(body.path("kind").asText()),
                    body.path("contextParameter").asInt(), body.path("itemParameter").asInt(-1),
                    integers(body.path("stableParameters")));
            operations.add(new Operation(op.path("receiver").asText(), op.path("family").asText(),
                    Collections.unmodifiableMap(methods), Set.copyOf(arities), op.path("nameArgument").asInt(),
                    op.path("itemsArgument").asInt(-1), operationBody));
            operationMethodNames.addAll(methods.keySet());
        }
        this.handlers = new ArrayList<>();
        for (JsonNode h : root.path("handlers")) {
            handlers.add(new HandlerMethod(h.path("type").asText(), h.path("method").asText(), h.path("arity").asInt(),
                    h.path("inputParameter").asInt(0)));
        }
        this.entryLambdas = new ArrayList<>();
        for (JsonNode e : root.path("entryLambdas")) {
            entryLambdas.add(new EntryLambda(e.path("receiver").asText(), e.path("method").asText(),
                    e.path("argument").asInt(), e.path("contextParameter").asInt()));
        }
        this.members = new ArrayList<>();
        for (JsonNode m : root.path("members")) {
            members.add(new ModelMember(m.path("receiver").asText(), m.path("method").asText(),
                    m.path("static").asBoolean(false), m.path("returns").isNull() ? null : m.path("returns").asText(null)));
        }
        this.resultWaits = runtimeMethods(root.path("resultWaits"));
        this.suspensionTypes = Set.copyOf(strings(root.path("suspensionTypes")));
        this.replayGuards = runtimeMethods(root.path("replayGuards"));
        this.advice = new LinkedHashMap<>();
        root.path("advice").fields().forEachRemaining(e -> advice.put(e.getKey(), e.getValue().asText()));
        knownTypes.addAll(supertypes.keySet());
    }

    private DurableModel(DurableModel base, List<Operation> extraOperations, List<EntryLambda> extraEntryLambdas) {
        this.id = base.id;
        this.contextType = base.contextType;
        this.stepContextType = base.stepContextType;
        this.knownTypes = base.knownTypes;
        this.supertypes = base.supertypes;
        this.operations = new ArrayList<>(base.operations);
        this.operations.addAll(extraOperations);
        this.operationMethodNames = new HashSet<>(base.operationMethodNames);
        extraOperations.forEach(op -> operationMethodNames.addAll(op.methods().keySet()));
        this.handlers = base.handlers;
        this.entryLambdas = new ArrayList<>(base.entryLambdas);
        this.entryLambdas.addAll(extraEntryLambdas);
        this.members = base.members;
        this.resultWaits = base.resultWaits;
        this.suspensionTypes = base.suspensionTypes;
        this.replayGuards = base.replayGuards;
        this.advice = base.advice;
    }

    /** This model with a team's own wrappers around the runtime added as operations and entry points. */
    public DurableModel with(List<Operation> extraOperations, List<EntryLambda> extraEntryLambdas) {
        return new DurableModel(this, extraOperations, extraEntryLambdas);
    }

    /** The model of the AWS Lambda Durable Execution SDK for Java 2.x. */
    public static DurableModel awsLambdaDurableJava() {
        try (InputStream in = DurableModel.class.getResourceAsStream(AWS_PROFILE)) {
            if (in == null) {
                throw new IllegalStateException("profile missing from the jar: " + AWS_PROFILE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + AWS_PROFILE, e);
        }
    }

    /** Reads a profile file. */
    public static DurableModel load(InputStream profile) throws IOException {
        return new DurableModel(new ObjectMapper().readTree(profile));
    }

    public String id() {
        return id;
    }

    /** The fully qualified type of the orchestration context ({@code DurableContext}). */
    public String contextType() {
        return contextType;
    }

    /** The fully qualified type of the context a step body receives. */
    public String stepContextType() {
        return stepContextType;
    }

    /** Whether {@code fqn} is a type of the runtime's API, known without its jar. */
    public boolean isKnownType(String fqn) {
        return knownTypes.contains(fqn);
    }

    /** Whether {@code fqn} belongs to the runtime's API: a type in the package of its context type or below. */
    public boolean isRuntimeType(String fqn) {
        String runtimePackage = contextType.substring(0, contextType.lastIndexOf('.') + 1);
        return fqn.startsWith(runtimePackage);
    }

    /**
     * Texts of which a file must contain one to hold orchestration code: the context type's simple
     * name, the runtime's package, and the simple names of wrapper types outside the runtime.
     */
    public List<String> textualMarkers() {
        Set<String> markers = new LinkedHashSet<>();
        markers.add(contextType.substring(contextType.lastIndexOf('.') + 1));
        markers.add(contextType.substring(0, contextType.lastIndexOf('.')));
        operations.stream().map(Operation::receiver).filter(r -> !isRuntimeType(r))
                .forEach(r -> markers.add(r.substring(r.lastIndexOf('.') + 1)));
        entryLambdas.stream().map(EntryLambda::receiver).filter(r -> !isRuntimeType(r))
                .forEach(r -> markers.add(r.substring(r.lastIndexOf('.') + 1)));
        return List.copyOf(markers);
    }

    /** Direct supertypes of a runtime type, as the profile records them. */
    public List<String> supertypesOf(String fqn) {
        return supertypes.getOrDefault(fqn, List.of());
    }

    /** Cheap pre-check before resolving a receiver: is any operation called {@code method}? */
    public boolean hasOperationNamed(String method) {
        return operationMethodNames.contains(method);
    }

    /** The operation that {@code receiverType.method(...)} with {@code arity} arguments is. */
    public Optional<Operation> operation(String receiverType, String method, int arity) {
        for (Operation op : operations) {
            if (op.receiver().equals(receiverType) && op.matches(method, arity)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /**
     * The handler method {@code method} with {@code arity} parameters is, when a class whose
     * supertypes are {@code ancestors} declares it: {@code DurableHandler.handleRequest(input, context)}.
     */
    public Optional<HandlerMethod> handlerMethod(List<String> ancestors, String method, int arity) {
        return handlers.stream()
                .filter(h -> h.method().equals(method) && h.arity() == arity && ancestors.contains(h.type()))
                .findFirst();
    }

    /** Whether a class whose supertypes are {@code ancestors} is a handler the runtime instantiates and reuses. */
    public boolean isHandlerType(List<String> ancestors) {
        return handlers.stream().anyMatch(h -> ancestors.contains(h.type()));
    }

    /** The entry lambda at argument {@code argument} of {@code receiverType.method(...)}. */
    public Optional<EntryLambda> entryLambda(String receiverType, String method, int argument) {
        return entryLambdas.stream()
                .filter(e -> e.receiver().equals(receiverType) && e.method().equals(method) && e.argument() == argument)
                .findFirst();
    }

    /** A non-operation member of a runtime type. */
    public Optional<ModelMember> member(String receiverType, String method) {
        return members.stream()
                .filter(m -> m.receiver().equals(receiverType) && m.method().equals(method))
                .findFirst();
    }

    /** Whether any call named {@code method} waits for a durable operation's result: a cheap pre-check. */
    public boolean hasResultWaitNamed(String method) {
        return resultWaits.stream().anyMatch(w -> w.method().equals(method));
    }

    /**
     * Whether {@code method()} on a receiver whose supertypes are {@code receiverAncestors} waits for
     * a durable operation's result ({@code DurableFuture.get()}): it suspends like an operation.
     */
    public boolean waitsForResult(List<String> receiverAncestors, String method, int arity) {
        return arity == 0 && resultWaits.stream().anyMatch(w -> w.matches(receiverAncestors, method));
    }

    /**
     * The throwables the runtime uses to suspend or unwind an execution, which user code must not
     * swallow ({@code SuspendExecutionException} and its supertype).
     */
    public Set<String> suspensionTypes() {
        return suspensionTypes;
    }

    /** Whether {@code method()} on a receiver whose supertypes are {@code receiverAncestors} tells replay apart. */
    public boolean isReplayGuard(List<String> receiverAncestors, String method, int arity) {
        return arity == 0 && replayGuards.stream().anyMatch(g -> g.matches(receiverAncestors, method));
    }

    /**
     * What a finding of {@code ruleId} says after naming what it found: what happens on replay and
     * the runtime's own way to do it instead, in the runtime's words. A profile without advice for
     * the rule gets a sentence that sends the reader to the rule's page.
     */
    public String advice(String ruleId) {
        return advice.getOrDefault(ruleId, "differs on replay; the rule's page shows the replay-safe way");
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
