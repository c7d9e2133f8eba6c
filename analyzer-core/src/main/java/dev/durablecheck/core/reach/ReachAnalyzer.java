package dev.durablecheck.core.reach;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.TextRange;
import dev.durablecheck.core.UnresolvedCall;
import dev.durablecheck.core.catalog.CatalogLookup;
import dev.durablecheck.core.facts.FileFacts;
import dev.durablecheck.core.facts.FileFactsCache;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.parse.ParsedSources;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.resolve.MemberAccesses;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.resolve.MethodReferenceScope;
import dev.durablecheck.core.rule.ReachedSink;
import dev.durablecheck.core.rule.Snippet;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Follows calls from orchestration code into the project's own methods, across files and any
 * number of calls, and collects the member accesses they run that rules may report: calls and
 * field reads of library members, and writes of fields declared in the sources. Each body is
 * walked once per run ({@link BodyFacts}) and summarised once ({@link Summaries}), whatever the
 * shape of the call graph, and both are shared between threads; a chain is a shortest way to its
 * sink. Bodies that are orchestration code of their own (with a {@code DurableContext} parameter,
 * entry points, a workflow's helpers) are not entered: what they do is reported inside them. The platform ({@code java.*}, {@code javax.*},
 * {@code jdk.*}, {@code sun.*}, {@code com.sun.*}) and the durable runtime are judged by the catalog
 * and the model and never entered, even when their sources are in the tree.
 */
public final class ReachAnalyzer {

    private final KnownTypes types;
    private final ParsedSources parsed;
    private final SinkSelection isSink;
    private final Map<Node, BodyFacts> facts = Collections.synchronizedMap(new IdentityHashMap<>());
    /** The trees whose bodies reach has walked: its facts hold their nodes. */
    private final Set<CompilationUnit> entered = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final Summaries summaries = new Summaries(this::factsOf, this::key);
    private final OverloadSelection overloads;
    private final FileFactsCache files;

    /**
     * @param sinks the kinds of access the run's rules report when reached: which accesses of
     *     library members, and which field writes, to keep
     */
    public ReachAnalyzer(KnownTypes types, ParsedSources parsed, FileFactsCache files, Collection<ReachedSink> sinks,
                         CatalogLookup catalog) {
        this.types = types;
        this.parsed = parsed;
        this.files = files;
        this.isSink = new SinkSelection(sinks, catalog, types);
        this.overloads = new OverloadSelection(types);
    }

    /**
     * The project bodies a call of {@code target} can run: the declaration it binds to and every
     * override in the sources; empty for field accesses (a field named like a method runs nothing),
     * library members, unknown members, bodies that are orchestration code of their own, and members a rule
     * reports as they are (a catalog entry for a project type is reported at the call, not followed).
     */
    public List<Implementation> implementations(MemberTarget target) {
        boolean runsCode = target.kind() == MemberTarget.Kind.METHOD || target.kind() == MemberTarget.Kind.CONSTRUCTOR;
        if (!runsCode || isSink.test(target)) {
            return List.of();
        }
        return implementations(target.owner(), target.name(), target.argumentTypes(),
                target.kind() == MemberTarget.Kind.CONSTRUCTOR, target.isStatic());
    }

    /** The project bodies a method reference {@code Owner::name} can run, whatever their parameters. */
    public List<Implementation> referencedImplementations(String owner, String name) {
        return implementations(owner, name, null, false, false);
    }

    /**
     * @param arguments the call's argument types ({@code null} for one not known), or {@code null}
     *     for a method reference, which can bind to any overload
     */
    private List<Implementation> implementations(String owner, String name, List<String> arguments, boolean constructor,
                                                 boolean isStatic) {
        int arity = arguments == null ? -1 : arguments.size();
        if (isJudgedNotFollowed(owner)) {
            return List.of();
        }
        Optional<TypeDeclaration<?>> type = types.sourceDeclaration(owner);
        if (type.isEmpty()) {
            return List.of();
        }
        List<Node> bodies = new ArrayList<>();
        if (constructor) {
            bodies.addAll(overloads.select(type.get().getConstructors().stream().filter(c -> accepts(c, arity)).toList(),
                    arguments));
            bodies.add(type.get());
        } else {
            bodies.addAll(overloads.select(declared(owner, name, arity), arguments));
            if (!isStatic) {
                for (String subtype : types.sourceSubtypes(owner)) {
                    bodies.addAll(overloads.select(types.sourceMethods(subtype, name).stream()
                            .filter(m -> accepts(m, arity) && m.getBody().isPresent() && !m.isStatic()).toList(), arguments));
                }
            }
        }
        if (bodies.stream().anyMatch(this::isOwnOrchestration)) {
            return List.of();
        }
        // Distinct by identity: two methods written alike in two classes are two bodies.
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> distinct = bodies.stream().filter(b -> !(b instanceof MethodDeclaration m) || m.getBody().isPresent())
                .filter(seen::add).toList();
        long methods = distinct.stream().filter(b -> !(b instanceof TypeDeclaration<?>)).count();
        return distinct.stream().map(b -> new Implementation(b, label(b), (int) Math.max(1, methods))).toList();
    }

    /**
     * Whether calls into {@code owner} are judged as they are: the platform and the durable runtime
     * are never followed, and neither is code the runtime never replays (an activity, whose
     * interface its profile names by annotation).
     */
    private boolean isJudgedNotFollowed(String owner) {
        return types.model().isRuntimeType(owner) || KnownTypes.isPlatform(owner) || isNeverReplayed(owner);
    }

    private boolean isNeverReplayed(String owner) {
        List<String> ancestors = types.ancestors(owner);
        return types.model().isNeverReplayedType(ancestors) || ancestors.stream().map(types::find).flatMap(Optional::stream)
                .anyMatch(type -> types.model().isNeverReplayed(type.annotations()));
    }

    /** The method {@code name} as {@code owner} declares or inherits it from a supertype in the sources. */
    private List<MethodDeclaration> declared(String owner, String name, int arity) {
        for (String ancestor : types.ancestors(owner)) {
            List<MethodDeclaration> found = types.sourceMethods(ancestor, name).stream().filter(m -> accepts(m, arity)).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static boolean accepts(CallableDeclaration<?> callable, int arity) {
        int parameters = callable.getParameters().size();
        boolean varargs = parameters > 0 && callable.getParameter(parameters - 1).isVarArgs();
        return arity < 0 || parameters == arity || (varargs && arity >= parameters - 1);
    }

    /**
     * Whether {@code body} is orchestration code of its own: a callable with a durable context
     * parameter, an entry point, or a workflow helper. What it does is reported inside it.
     */
    private boolean isOwnOrchestration(Node body) {
        return body instanceof CallableDeclaration<?> callable
                && files.of(callable.findCompilationUnit().orElseThrow()).regions().isOrchestrationOfItsOwn(callable);
    }

    private static String label(Node body) {
        String owner = body.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("");
        if (body instanceof TypeDeclaration<?> type) {
            return type.getNameAsString() + " field initialisers";
        }
        CallableDeclaration<?> callable = (CallableDeclaration<?>) body;
        StringBuilder label = new StringBuilder(callable instanceof ConstructorDeclaration ? "new " + owner : owner + "." + callable.getNameAsString());
        label.append('(');
        for (int i = 0; i < callable.getParameters().size(); i++) {
            label.append(i == 0 ? "" : ", ").append(callable.getParameter(i).getType().asString());
        }
        return label.append(')').toString();
    }

    /**
     * What a call in orchestration code reaches through the project bodies it can run: every
     * access a rule may report, once per access, each with a shortest chain from the call down to
     * it (in the order of the accesses' positions), and the calls on the way that could not be
     * resolved.
     */
    public Reached fromCall(Path file, Node call, List<Implementation> implementations) {
        Map<Node, Route> best = new IdentityHashMap<>();
        Map<Node, CallHop> firstHop = new IdentityHashMap<>();
        for (int rank = 0; rank < implementations.size(); rank++) {
            Implementation implementation = implementations.get(rank);
            CallHop hop = callHop(file, call, implementation);
            for (Map.Entry<Node, Route> way : summaries.of(implementation.body()).routes().entrySet()) {
                Route candidate = new Route(way.getValue().length() + 1, rank, hop, implementation.body(), way.getValue().target());
                Route current = best.get(way.getKey());
                if (current == null || candidate.isBetterThan(current)) {
                    best.put(way.getKey(), candidate);
                    firstHop.put(way.getKey(), hop);
                }
            }
        }
        List<ReachedAccess> accesses = new ArrayList<>();
        for (Map.Entry<Node, Route> way : best.entrySet()) {
            List<CallHop> hops = new ArrayList<>();
            hops.add(firstHop.get(way.getKey()));
            hops.addAll(chain(way.getValue().next(), way.getKey()));
            accesses.add(new ReachedAccess(way.getKey(), way.getValue().target(), hops));
        }
        accesses.sort(SINK_ORDER);
        return new Reached(List.copyOf(accesses), unresolvedBelow(implementations));
    }

    /** What {@link #fromCall} found. */
    public record Reached(List<ReachedAccess> accesses, List<UnresolvedCall> unresolved) {
    }

    /** The project bodies a method reference in a file can run. */
    public List<Implementation> implementationsOf(MethodReferenceExpr reference, FileResolver resolver) {
        return resolver.referencedType(reference)
                .map(owner -> referencedImplementations(owner, reference.getIdentifier()))
                .orElse(List.of());
    }

    /** Reached accesses by where their sink is: file, then position. */
    private static final Comparator<ReachedAccess> SINK_ORDER = Comparator
            .comparing((ReachedAccess a) -> a.hops().get(a.hops().size() - 1).file().toString())
            .thenComparingInt(a -> TextRange.of(a.sink()).beginLine())
            .thenComparingInt(a -> TextRange.of(a.sink()).beginColumn())
            .thenComparingInt(a -> TextRange.of(a.sink()).endLine())
            .thenComparingInt(a -> TextRange.of(a.sink()).endColumn());

    /** The hops from {@code body} to {@code sink}, following each body's first step of a shortest way. */
    private List<CallHop> chain(Node body, Node sink) {
        List<CallHop> hops = new ArrayList<>();
        for (Node at = body; at != null; ) {
            Route route = summaries.of(at).routes().get(sink);
            hops.add(route.hop());
            at = route.next();
        }
        return hops;
    }

    /** The calls that could not be resolved in every body the implementations reach, each once. */
    private List<UnresolvedCall> unresolvedBelow(List<Implementation> implementations) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        implementations.forEach(i -> pending.add(i.body()));
        Set<UnresolvedCall> found = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Node body = pending.removeFirst();
            if (seen.add(body)) {
                BodyFacts own = factsOf(body);
                found.addAll(own.unresolved());
                own.edges().forEach(e -> pending.add(e.target().body()));
            }
        }
        return List.copyOf(found);
    }

    /** What the body does by itself, found by walking it once per run. */
    private BodyFacts factsOf(Node body) {
        BodyFacts known = facts.get(body);
        if (known != null) {
            return known;
        }
        if (Thread.currentThread().isInterrupted()) {
            // The file was given up at its budget: stop, so that its worker serves the next file.
            throw new CancellationException("reach given up: the file's budget ran out");
        }
        BodyFacts walked = walk(body);
        BodyFacts raced = facts.putIfAbsent(body, walked);
        return raced != null ? raced : walked;
    }

    /** Whether reach has walked a body of {@code unit}, so that its facts hold the tree's nodes. */
    public boolean hasEntered(CompilationUnit unit) {
        return entered.contains(unit);
    }

    private BodyFacts walk(Node body) {
        CompilationUnit unit = body.findCompilationUnit().orElseThrow();
        entered.add(unit);
        FileFacts file = files.of(unit);
        Map<Node, ReachedAccess> sinks = new LinkedHashMap<>();
        List<BodyFacts.Edge> edges = new ArrayList<>();
        List<UnresolvedCall> unresolved = new ArrayList<>();
        for (Node root : roots(body)) {
            Preorder.walk(root, node -> {
                if (!runsWith(node, root, file)) {
                    return;
                }
                if (node instanceof MethodReferenceExpr reference) {
                    boolean stepBody = file.regions().asOperationBody(reference)
                            .filter(b -> b.spec().kind() == BodyKind.STEP).isPresent();
                    if (!stepBody) {
                        List<Implementation> implementations = implementationsOf(reference, file.resolver());
                        if (implementations.isEmpty()) {
                            MethodReferenceScope.libraryTargets(reference, file.resolver()).stream().filter(isSink::test)
                                    .forEach(target -> keep(node, target, file.path(), sinks));
                        } else {
                            implementations.forEach(i -> edges.add(new BodyFacts.Edge(callHop(file.path(), node, i), i)));
                        }
                    }
                    return;
                }
                if (!MemberAccesses.isAccess(node)) {
                    return;
                }
                Optional<MemberTarget> written = file.accesses().writtenField(node);
                if (written.isPresent()) {
                    if (isSink.test(written.get())) {
                        keep(node, written.get(), file.path(), sinks);
                    }
                    return;
                }
                Optional<MemberTarget> target = file.accesses().targetOf(node);
                if (target.isEmpty()) {
                    if (file.accesses().isUncheckedCall(node)) {
                        unresolved.add(new UnresolvedCall(file.path(), TextRange.of(node), Snippet.of(node),
                                file.accesses().whyUnresolved(node)));
                    }
                    return;
                }
                List<Implementation> implementations = implementations(target.get());
                if (!implementations.isEmpty()) {
                    implementations.forEach(i -> edges.add(new BodyFacts.Edge(callHop(file.path(), node, i), i)));
                } else if (isSink.test(node, target.get(), file.resolver())) {
                    keep(node, target.get(), file.path(), sinks);
                }
            });
        }
        return new BodyFacts(List.copyOf(sinks.values()), edges, unresolved);
    }

    /** Records an access some rule reports, where it is: its chain is the access alone. */
    private static void keep(Node node, MemberTarget target, Path file, Map<Node, ReachedAccess> sinks) {
        sinks.putIfAbsent(node, new ReachedAccess(node, target, List.of(sinkHop(file, MemberAccesses.quoted(node, target)))));
    }

    /** The nodes whose code runs when a body runs: a method's or constructor's body, or a type's initialisers. */
    private static List<Node> roots(Node body) {
        if (body instanceof TypeDeclaration<?> type) {
            List<Node> roots = new ArrayList<>();
            for (BodyDeclaration<?> member : type.getMembers()) {
                if ((member instanceof FieldDeclaration f && !f.isStatic())
                        || (member instanceof InitializerDeclaration i && !i.isStatic())) {
                    roots.add(member);
                }
            }
            return roots;
        }
        if (body instanceof MethodDeclaration method) {
            return method.getBody().map(b -> List.<Node>of(b)).orElse(List.of());
        }
        return List.of(((ConstructorDeclaration) body).getBody());
    }

    /**
     * Whether code under {@code root} runs when the body runs: not inside a local class's own
     * methods, and not inside a step body, which replay does not run.
     */
    private static boolean runsWith(Node node, Node root, FileFacts file) {
        for (Node n = node; n != null && n != root; n = n.getParentNode().orElse(null)) {
            if (n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt) {
                return false;
            }
            if (n instanceof CallableDeclaration<?> && !(n.getParentNode().orElse(null) instanceof ObjectCreationExpr)) {
                return false;
            }
        }
        return file.regions().enclosingOperationBody(node)
                .filter(b -> b.spec().kind() == BodyKind.STEP && root.isAncestorOf(b.body()))
                .isEmpty();
    }

    private static CallHop callHop(Path file, Node call, Implementation implementation) {
        String into = implementation.alternatives() > 1
                ? implementation.label() + " (one of " + implementation.alternatives() + " implementations)"
                : implementation.label();
        return new CallHop(file, TextRange.of(call), Snippet.of(call) + " -> " + into);
    }

    private static CallHop sinkHop(Path file, Node sink) {
        return new CallHop(file, TextRange.of(sink), Snippet.of(sink));
    }

    /** A body's stable name: its file and position, which orders the members of a call cycle. */
    private String key(Node body) {
        Path path = parsed.pathOf(body.findCompilationUnit().orElseThrow());
        return path + "@" + body.getBegin().map(p -> p.line + ":" + p.column).orElse("?")
                + (body instanceof TypeDeclaration<?> ? "#init" : "");
    }
}
