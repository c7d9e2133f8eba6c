package dev.durablecheck.core.model;

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
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The durable runtimes' APIs as data: the profiles a run knows (docs/profile.schema.json), read from
 * profile files, and a team's own wrappers. Rules and region classification ask the model instead
 * of hard-coding an SDK. Recognition uses every profile at once, so a repository that mixes runtimes
 * is judged by each where it is used; the words of messages come from the profile a file uses
 * ({@link #forSource}).
 */
public final class DurableModel {

    private static final String AWS_PROFILE = "aws-lambda-durable-java-2.json";
    /** The profiles that ship with durable-check, in the order they are consulted. */
    private static final List<String> BUILT_IN = List.of(AWS_PROFILE, "temporal-java-1.json");
    private static final String NO_ADVICE = "differs on replay; the rule's page shows the replay-safe way";

    private final List<Profile> profiles;
    /** The profile whose words messages use: the one the analysed file uses, else the first. */
    private final Profile advising;
    private final String contextType;
    private final String stepContextType;
    private final Set<String> knownTypes = new HashSet<>();
    private final Map<String, List<String>> supertypes = new LinkedHashMap<>();
    private final List<Operation> operations = new ArrayList<>();
    private final Set<String> operationMethodNames = new HashSet<>();
    private final List<HandlerMethod> handlers = new ArrayList<>();
    private final List<EntryInterface> entryInterfaces = new ArrayList<>();
    private final List<SupertypeMethods> entrySupertypes = new ArrayList<>();
    private final List<SupertypeMethods> neverReplayedSupertypes = new ArrayList<>();
    private final List<StubInterface> stubInterfaces = new ArrayList<>();
    private final List<StubReferenceCall> stubReferenceCalls = new ArrayList<>();
    private final Set<String> stubAnnotationNames;
    private final List<EntryLambda> entryLambdas = new ArrayList<>();
    private final List<ModelMember> members = new ArrayList<>();
    private final List<RuntimeMethod> resultWaits = new ArrayList<>();
    private final Set<String> suspensionTypes = new HashSet<>();
    private final List<RuntimeMethod> replayGuards = new ArrayList<>();
    private final List<RuntimeMethod> replaySafeLoggers = new ArrayList<>();
    private final Set<String> neverReplayed = new HashSet<>();
    private final List<Operation> extraOperations;
    private final List<EntryLambda> extraEntryLambdas;

    private DurableModel(List<Profile> profiles, Profile advising, List<Operation> extraOperations,
                         List<EntryLambda> extraEntryLambdas) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one profile");
        }
        this.profiles = List.copyOf(profiles);
        this.advising = advising;
        this.extraOperations = List.copyOf(extraOperations);
        this.extraEntryLambdas = List.copyOf(extraEntryLambdas);
        // The first profile with a context type names the type an implicitly typed body parameter receives.
        Profile primary = profiles.stream().filter(p -> !p.contextType().isEmpty()).findFirst().orElse(profiles.get(0));
        this.contextType = primary.contextType();
        this.stepContextType = primary.stepContextType();
        for (Profile p : profiles) {
            knownTypes.addAll(p.knownTypes());
            p.supertypes().forEach(supertypes::putIfAbsent);
            operations.addAll(p.operations());
            handlers.addAll(p.handlers());
            entryInterfaces.addAll(p.entryInterfaces());
            entrySupertypes.addAll(p.entrySupertypes());
            stubInterfaces.addAll(p.stubInterfaces());
            stubReferenceCalls.addAll(p.stubReferenceCalls());
            entryLambdas.addAll(p.entryLambdas());
            members.addAll(p.members());
            resultWaits.addAll(p.resultWaits());
            suspensionTypes.addAll(p.suspensionTypes());
            replayGuards.addAll(p.replayGuards());
            replaySafeLoggers.addAll(p.replaySafeLoggers());
            neverReplayed.addAll(p.neverReplayed());
            neverReplayedSupertypes.addAll(p.neverReplayedSupertypes());
        }
        operations.addAll(extraOperations);
        entryLambdas.addAll(extraEntryLambdas);
        operations.forEach(op -> operationMethodNames.addAll(op.methods().keySet()));
        stubAnnotationNames = stubInterfaces.stream().map(s -> s.annotation().substring(s.annotation().lastIndexOf('.') + 1))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A model of these profiles, consulted in this order. */
    public static DurableModel of(List<Profile> profiles) {
        return new DurableModel(profiles, profiles.get(0), List.of(), List.of());
    }

    /** Every profile that ships with durable-check. */
    public static DurableModel builtIn() {
        return of(BUILT_IN.stream().map(DurableModel::builtInProfile).toList());
    }

    /** The model of the AWS Lambda Durable Execution SDK for Java 2.x alone. */
    public static DurableModel awsLambdaDurableJava() {
        return of(List.of(builtInProfile(AWS_PROFILE)));
    }

    private static Profile builtInProfile(String resource) {
        try (InputStream in = DurableModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("profile missing from the jar: " + resource);
            }
            return Profile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Reads a profile file as a model of its own. */
    public static DurableModel load(InputStream profile) throws IOException {
        return of(List.of(Profile.read(profile)));
    }

    /** The profiles of this model, in the order they are consulted. */
    public List<Profile> profiles() {
        return profiles;
    }

    /** This model restricted to the profile {@code id}; empty when it has none of that id. */
    public Optional<DurableModel> only(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> new DurableModel(List.of(p), p, extraOperations, extraEntryLambdas));
    }

    /** This model with a profile of the user's own added after the others, e.g. an SDK version's new operations. */
    public DurableModel withProfile(Profile extra) {
        List<Profile> all = new ArrayList<>(profiles);
        all.add(extra);
        return new DurableModel(all, advising, extraOperations, extraEntryLambdas);
    }

    /** This model with a team's own wrappers around the runtime added as operations and entry points. */
    public DurableModel with(List<Operation> moreOperations, List<EntryLambda> moreEntryLambdas) {
        List<Operation> allOperations = new ArrayList<>(extraOperations);
        allOperations.addAll(moreOperations);
        List<EntryLambda> allEntries = new ArrayList<>(extraEntryLambdas);
        allEntries.addAll(moreEntryLambdas);
        return new DurableModel(profiles, advising, allOperations, allEntries);
    }

    /**
     * This model as a file with {@code sourceText} sees it: recognition as before, and messages in the
     * words of the first profile whose packages the file names (the first profile when it names none).
     */
    public DurableModel forSource(String sourceText) {
        Profile used = profiles.stream().filter(p -> p.isUsedBy(sourceText)).findFirst().orElse(profiles.get(0));
        return used == advising ? this : new DurableModel(profiles, used, extraOperations, extraEntryLambdas);
    }

    /** The id of the profile whose words messages use. */
    public String id() {
        return advising.id();
    }

    /** The fully qualified type of the orchestration context ({@code DurableContext}). */
    public String contextType() {
        return contextType;
    }

    /** Whether {@code fqn} is the orchestration context type of some profile. */
    public boolean isContextType(String fqn) {
        return profiles.stream().anyMatch(p -> !p.contextType().isEmpty() && p.contextType().equals(fqn));
    }

    /** The fully qualified type of the context a step body receives. */
    public String stepContextType() {
        return stepContextType;
    }

    /** Whether {@code fqn} is a type of the runtime's API, known without its jar. */
    public boolean isKnownType(String fqn) {
        return knownTypes.contains(fqn);
    }

    /** Whether {@code fqn} belongs to a runtime's API: a type in one of a profile's packages or below. */
    public boolean isRuntimeType(String fqn) {
        return profiles.stream().flatMap(p -> p.packages().stream()).anyMatch(p -> fqn.startsWith(p + "."));
    }

    /**
     * Texts of which a file must contain one to hold orchestration code: the context type's simple
     * name, the runtime's package, and the simple names of wrapper types outside the runtime.
     */
    public List<String> textualMarkers() {
        Set<String> markers = new LinkedHashSet<>();
        for (Profile p : profiles) {
            if (p.contextType().contains(".")) {
                markers.add(p.contextType().substring(p.contextType().lastIndexOf('.') + 1));
            }
            markers.addAll(p.packages());
        }
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

    /** The annotations that declare entry interfaces ({@code io.temporal.workflow.WorkflowInterface}), fully qualified. */
    public Set<String> entryAnnotations() {
        return Set.copyOf(entryInterfaces.stream().map(EntryInterface::annotation).toList());
    }

    /** Whether any profile makes operations through stubs, so that any method name may be one. */
    public boolean hasStubInterfaces() {
        return !stubInterfaces.isEmpty();
    }

    /** The simple names of the annotations that make an interface a stub's ({@code ActivityInterface}). */
    public Set<String> stubAnnotationNames() {
        return stubAnnotationNames;
    }

    /**
     * The operation that {@code method} called on {@code receiverType}, an interface annotated
     * {@code annotations}, is when the interface is a stub's ({@code @ActivityInterface}); it returns
     * what the interface declares ({@code returns}, or {@code null} when that is a type variable).
     */
    public Optional<Operation> stubOperation(Set<String> annotations, String receiverType, String method, String returns) {
        return stubInterfaces.stream().filter(s -> annotations.contains(s.annotation())).findFirst()
                .map(s -> new Operation(receiverType, s.family(), Collections.singletonMap(method, returns), Set.of(),
                        -1, -1, null, false));
    }

    /**
     * The argument of a call of {@code method} on {@code receiverType} that is a stub method it
     * calls, when the call is one of the profiles' stub reference calls ({@code Async.function}).
     */
    public OptionalInt stubReferenceArgument(String receiverType, String method) {
        return stubReferenceCalls.stream().filter(c -> c.receiver().equals(receiverType) && c.method().equals(method))
                .mapToInt(StubReferenceCall::argument).findFirst();
    }

    /** Whether any profile declares orchestration entry points by annotations: a cheap pre-check. */
    public boolean hasEntryInterfaces() {
        return !entryInterfaces.isEmpty();
    }

    /**
     * Whether any profile declares orchestration entry points without a context parameter, by
     * annotations or by a supertype: a cheap pre-check.
     */
    public boolean hasDeclaredEntries() {
        return !entryInterfaces.isEmpty() || !entrySupertypes.isEmpty();
    }

    /**
     * Whether the method {@code method} of a class whose supertypes are {@code ancestors} is an
     * orchestration entry point its supertype declares ({@code DynamicWorkflow.execute}).
     */
    public boolean isEntrySupertypeMethod(List<String> ancestors, String method) {
        return entrySupertypes.stream().anyMatch(e -> e.covers(ancestors, method));
    }

    /**
     * Whether a method that implements one an interface declares is an orchestration entry point:
     * the interface carries {@code interfaceAnnotations} and declares the method with
     * {@code methodAnnotations} ({@code @WorkflowInterface} and {@code @WorkflowMethod}).
     */
    public boolean isEntryMethod(Set<String> interfaceAnnotations, Set<String> methodAnnotations) {
        return entryInterfaces.stream().anyMatch(e -> interfaceAnnotations.contains(e.annotation())
                && methodAnnotations.stream().anyMatch(e.methodAnnotations()::contains));
    }

    /**
     * Whether a constructor with {@code constructorAnnotations}, of a class implementing an interface
     * with {@code interfaceAnnotations}, is orchestration code ({@code @WorkflowInit}).
     */
    public boolean isEntryConstructor(Set<String> interfaceAnnotations, Set<String> constructorAnnotations) {
        return entryInterfaces.stream().anyMatch(e -> !e.constructorAnnotation().isEmpty()
                && interfaceAnnotations.contains(e.annotation()) && constructorAnnotations.contains(e.constructorAnnotation()));
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
        return Set.copyOf(suspensionTypes);
    }

    /** Whether {@code method()} on a receiver whose supertypes are {@code receiverAncestors} tells replay apart. */
    public boolean isReplayGuard(List<String> receiverAncestors, String method, int arity) {
        return arity == 0 && replayGuards.stream().anyMatch(g -> g.matches(receiverAncestors, method));
    }

    /**
     * Whether {@code method} called on {@code receiverType} (or a static method of it) makes a
     * logger that stays silent on replay ({@code Workflow.getLogger(...)}).
     */
    public boolean isReplaySafeLogger(List<String> receiverAncestors, String method) {
        return replaySafeLoggers.stream().anyMatch(l -> l.matches(receiverAncestors, method));
    }

    /** Whether an interface with {@code annotations} is implemented by code that is never replayed (activities). */
    public boolean isNeverReplayed(Set<String> annotations) {
        return annotations.stream().anyMatch(neverReplayed::contains);
    }

    /**
     * Whether the method {@code method} of a class whose supertypes are {@code ancestors} is never
     * replayed because a runtime supertype declares it so ({@code DynamicActivity.execute}).
     */
    public boolean isNeverReplayedMethod(List<String> ancestors, String method) {
        return neverReplayedSupertypes.stream().anyMatch(s -> s.covers(ancestors, method));
    }

    /** Whether a class whose supertypes are {@code ancestors} implements a never-replayed supertype. */
    public boolean isNeverReplayedType(List<String> ancestors) {
        return neverReplayedSupertypes.stream().anyMatch(s -> ancestors.contains(s.type()));
    }

    /**
     * Whether orchestration code of the file's runtime must not block on JVM monitors and locks
     * ({@code synchronized}, {@code Lock.lock()}): Temporal's workflow threads deadlock on them.
     */
    public boolean jvmMonitorsUnsafe() {
        return advising.jvmMonitorsUnsafe();
    }

    /**
     * What a finding of {@code ruleId} says after naming what it found: what happens on replay and
     * the runtime's own way to do it instead, in the runtime's words. A profile without advice for
     * the rule gets a sentence that sends the reader to the rule's page.
     */
    public String advice(String ruleId) {
        return advising.advice().getOrDefault(ruleId, NO_ADVICE);
    }
}
