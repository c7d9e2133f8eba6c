package dev.durablecheck.core;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.region.RegionClassifier;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.KnownTypes;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.core.rule.Snippet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The analysis of one parsed file: its regions and resolved sites, shared by every rule. */
final class FileAnalysis {

    private final Path file;
    private final CompilationUnit unit;
    private final DurableModel model;
    private final FileResolver resolver;
    private final RegionClassifier regions;
    private final List<Finding> findings = new ArrayList<>();
    private List<MemberSite> sites;
    private List<DurableCall> durableCalls;
    private final List<UnresolvedCall> unresolvedCalls = new ArrayList<>();

    FileAnalysis(Path file, CompilationUnit unit, KnownTypes types) {
        this.file = file;
        this.unit = unit;
        this.model = types.model();
        this.resolver = new FileResolver(unit, types);
        this.regions = new RegionClassifier(resolver);
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
            unit.walk(Node.TreeTraversal.PREORDER, node -> {
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
        unit.walk(Node.TreeTraversal.PREORDER, node -> {
            if (!(node instanceof MethodCallExpr || node instanceof ObjectCreationExpr
                    || node instanceof FieldAccessExpr || node instanceof NameExpr)) {
                return;
            }
            if (regions.kindOf(node) != RegionKind.ORCHESTRATION) {
                return;
            }
            Optional<MemberTarget> target = targetOf(node);
            if (target.isPresent()) {
                out.add(new MemberSite(node, target.get()));
            } else if (node instanceof ObjectCreationExpr
                    || (node instanceof MethodCallExpr call && resolver.durableCall(call).isEmpty()
                    && !isOnRuntimeApi(call))) {
                unresolvedCalls.add(new UnresolvedCall(file, TextRange.of(node), Snippet.of(node)));
            }
        });
        return List.copyOf(out);
    }

    /**
     * Whether a call is made on a value the runtime's own API returned ({@code MapConfig.builder()
     * .maxConcurrency(4)}, {@code result.succeeded().size()}): the profile does not describe every
     * SDK type, but the SDK is no sink, so such calls are not counted as unresolved.
     */
    private boolean isOnRuntimeApi(MethodCallExpr call) {
        Expression receiver = call.getScope().orElse(null);
        while (receiver instanceof MethodCallExpr inner) {
            Optional<MemberTarget> target = resolver.targetOf(inner);
            if (target.isPresent()) {
                return model.isRuntimeType(target.get().owner());
            }
            receiver = inner.getScope().orElse(null);
        }
        if (receiver == null) {
            return false;
        }
        Expression root = receiver;
        return resolver.typeNameOf(root).or(() -> resolver.typeOf(root)).filter(model::isRuntimeType).isPresent();
    }

    private Optional<MemberTarget> targetOf(Node node) {
        if (node instanceof MethodCallExpr call) {
            return resolver.durableCall(call).isPresent() ? Optional.empty() : resolver.targetOf(call);
        }
        if (node instanceof ObjectCreationExpr creation) {
            return resolver.targetOf(creation);
        }
        if (node instanceof FieldAccessExpr access) {
            return resolver.typeNameOf(access).isPresent() ? Optional.empty() : resolver.targetOf(access);
        }
        NameExpr name = (NameExpr) node;
        boolean imported = resolver.bindingOf(name)
                .filter(b -> b instanceof Binding.Field f && f.staticImport()).isPresent();
        return imported ? resolver.targetOf(name) : Optional.empty();
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
        public FileResolver resolver() {
            return resolver;
        }

        @Override
        public RegionKind regionOf(Node node) {
            return regions.kindOf(node);
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
        public void report(Node node, String message) {
            findings.add(new Finding(descriptor.id(), descriptor.severity(), file, TextRange.of(node), message,
                    enclosingMember(node), List.of()));
        }
    }
}
