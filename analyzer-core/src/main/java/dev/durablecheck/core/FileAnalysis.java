package dev.durablecheck.core;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.durablecheck.core.catalog.CatalogLookup;
import dev.durablecheck.core.facts.FileFacts;
import dev.durablecheck.core.facts.FileFactsCache;
import dev.durablecheck.core.model.BodyKind;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.reach.Implementation;
import dev.durablecheck.core.reach.ReachAnalyzer;
import dev.durablecheck.core.reach.ReachedAccess;
import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.region.RegionClassifier;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.resolve.MemberAccesses;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.resolve.MethodReferenceScope;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.Snippet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The analysis of one parsed file: its facts and resolved sites, shared by every rule. */
final class FileAnalysis {

    private final Path file;
    private final CompilationUnit unit;
    private final FileFactsCache files;
    private final DurableModel model;
    private final FileResolver resolver;
    private final RegionClassifier regions;
    private final MemberAccesses accesses;
    private final ReachAnalyzer reach;
    private final CatalogLookup catalog;
    private final List<Finding> findings = new ArrayList<>();
    private List<MemberSite> sites;
    private List<DurableCall> durableCalls;
    private final List<UnresolvedCall> unresolvedCalls = new ArrayList<>();

    /**
     * @param text the file's source, whose imports and qualified names say which runtime's words
     *     the rules' messages use
     */
    FileAnalysis(CompilationUnit unit, String text, FileFactsCache files, KnownTypes types, ReachAnalyzer reach,
                 CatalogLookup catalog) {
        FileFacts facts = files.of(unit);
        this.file = facts.path();
        this.unit = unit;
        this.files = files;
        this.model = types.model().forSource(text);
        this.resolver = facts.resolver();
        this.regions = facts.regions();
        this.accesses = facts.accesses();
        this.reach = reach;
        this.catalog = catalog;
    }

    void run(Rule rule) {
        rule.check(new ContextForRule(rule.descriptor()));
    }

    List<Finding> findings() {
        return findings;
    }

    List<UnresolvedCall> unresolvedCalls() {
        sites();
        return unresolvedCalls;
    }

    private List<MemberSite> sites() {
        if (sites == null) {
            sites = collectSites();
        }
        return sites;
    }

    private List<DurableCall> durableCalls() {
        if (durableCalls == null) {
            List<DurableCall> found = new ArrayList<>();
            Preorder.walk(unit, node -> {
                if (node instanceof MethodCallExpr call) {
                    resolver.durableCall(call).ifPresent(found::add);
                }
            });
            durableCalls = List.copyOf(found);
        }
        return durableCalls;
    }

    private List<MemberSite> collectSites() {
        List<MemberSite> out = new ArrayList<>();
        Preorder.walk(unit, node -> {
            boolean reference = node instanceof MethodReferenceExpr;
            if ((!reference && !MemberAccesses.isAccess(node)) || regions.kindOf(node) != RegionKind.ORCHESTRATION) {
                return;
            }
            if (reference) {
                if (!isStepBody(node)) {
                    List<Implementation> implementations = reach.implementationsOf((MethodReferenceExpr) node, resolver);
                    if (implementations.isEmpty()) {
                        MethodReferenceScope.libraryTargets((MethodReferenceExpr) node, resolver)
                                .forEach(target -> out.add(MemberSite.direct(node, target)));
                    } else {
                        addReached(node, implementations, out);
                    }
                }
                return;
            }
            Optional<MemberTarget> target = accesses.targetOf(node);
            if (target.isEmpty()) {
                if (accesses.isUncheckedCall(node)) {
                    unresolvedCalls.add(new UnresolvedCall(file, TextRange.of(node), Snippet.of(node), accesses.whyUnresolved(node)));
                }
                return;
            }
            List<Implementation> implementations = reach.implementations(target.get());
            if (implementations.isEmpty()) {
                out.add(MemberSite.direct(node, target.get()));
            } else {
                addReached(node, implementations, out);
            }
        });
        return List.copyOf(out);
    }

    /** A method reference given as a step body runs only as a step: replay does not run it. */
    private boolean isStepBody(Node reference) {
        return regions.asOperationBody(reference).filter(b -> b.spec().kind() == BodyKind.STEP).isPresent();
    }

    /** The accesses a call into project code reaches, each reported at that call with its chain. */
    private void addReached(Node call, List<Implementation> implementations, List<MemberSite> out) {
        ReachAnalyzer.Reached reached = reach.fromCall(file, call, implementations);
        for (ReachedAccess access : reached.accesses()) {
            out.add(new MemberSite(call, access.target(), access.sink(), access.hops()));
        }
        unresolvedCalls.addAll(reached.unresolved());
    }

    private static String enclosingMember(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            String part = null;
            if (n instanceof CallableDeclaration<?> callable) {
                part = callable.getDeclarationAsString(false, false, false);
            } else if (n instanceof TypeDeclaration<?> type) {
                part = type.getNameAsString();
            }
            if (part != null) {
                path.insert(0, path.length() == 0 ? part : part + ".");
            }
        }
        return path.toString();
    }

    /** The view one rule gets: reports carry that rule's id and severity. */
    private final class ContextForRule implements RuleContext {

        private final RuleDescriptor descriptor;

        ContextForRule(RuleDescriptor descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        public CompilationUnit unit() {
            return unit;
        }

        @Override
        public DurableModel model() {
            return model;
        }

        @Override
        public CatalogLookup catalog() {
            return catalog;
        }

        @Override
        public FileResolver resolver() {
            return resolver;
        }

        @Override
        public FileResolver resolverOf(CompilationUnit other) {
            return files.of(other).resolver();
        }

        @Override
        public Path fileOf(CompilationUnit other) {
            return files.of(other).path();
        }

        @Override
        public RegionKind regionOf(Node node) {
            return regions.kindOf(node);
        }

        @Override
        public Optional<OperationBodyRegion> asOperationBody(Node functional) {
            return regions.asOperationBody(functional);
        }

        @Override
        public Optional<OperationBodyRegion> enclosingOperationBody(Node node) {
            return regions.enclosingOperationBody(node);
        }

        @Override
        public List<DurableCall> durableCalls() {
            return FileAnalysis.this.durableCalls();
        }

        @Override
        public List<MemberSite> orchestrationSites() {
            return sites();
        }

        @Override
        public void report(Node node, String message, List<CallHop> chain) {
            findings.add(new Finding(descriptor.id(), descriptor.severity(), file, TextRange.of(node), message,
                    enclosingMember(node), Snippet.plain(node), chain));
        }
    }
}
