package dev.durablecheck.rules.nondeterminism;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.durablecheck.core.Severity;
import dev.durablecheck.core.parse.Preorder;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.Binding;
import dev.durablecheck.core.resolve.FileResolver;
import dev.durablecheck.core.resolve.MemberAccesses;
import dev.durablecheck.core.resolve.MemberTarget;
import dev.durablecheck.core.rule.MemberSite;
import dev.durablecheck.core.rule.ReachedSink;
import dev.durablecheck.core.rule.Rule;
import dev.durablecheck.core.rule.RuleContext;
import dev.durablecheck.core.rule.Snippet;
import dev.durablecheck.core.rule.RuleDescriptor;
import dev.durablecheck.rules.Group;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reports state shared between executions: writes to static fields and to the handler's instance
 * fields from orchestration code or step bodies, or from project methods orchestration code calls
 * (reported at that call), and reads in orchestration code of such fields when something outside
 * constructors and initialisers writes them; see {@code docs/rules/shared-mutable-state.md}.
 */
public final class SharedMutableStateRule implements Rule {

    /** The advice for reading shared state, which the profile words apart from writing it. */
    private static final String READ_ADVICE = "shared-mutable-state-read";

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("shared-mutable-state", Severity.WARNING,
            "Static and handler instance fields written or read by durable code, which replay cannot restore",
            Group.NONDETERMINISM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(RuleContext context) {
        Map<VariableDeclarator, Boolean> writtenOutsideSetup = new IdentityHashMap<>();
        Preorder.walk(context.unit(), node -> {
            if (!(node instanceof NameExpr || node instanceof FieldAccessExpr)) {
                return;
            }
            Expression access = (Expression) node;
            RegionKind region = context.regionOf(access);
            if (region != RegionKind.ORCHESTRATION && region != RegionKind.STEP_BODY) {
                return;
            }
            boolean write = MemberAccesses.isWritten(access);
            if (!write && region != RegionKind.ORCHESTRATION) {
                return;
            }
            Optional<Binding.Field> field = sharedField(access, context.resolver());
            if (field.isEmpty()) {
                return;
            }
            String kind = field.get().summary().isStatic() ? "static field" : "handler field";
            String name = field.get().summary().name();
            if (write) {
                String where = region == RegionKind.ORCHESTRATION ? "orchestration code" : "a step body";
                context.report(access, writeMessage(context, "'" + Snippet.of(access) + "'", kind, name, where));
            } else if (writtenOutsideSetup.computeIfAbsent(field.get().declarator(), d -> isWrittenOutsideSetup(d, context))) {
                context.report(access, "'" + Snippet.of(access) + "' reads the " + kind + " '" + name + "' in orchestration code; "
                        + context.model().advice(READ_ADVICE));
            }
        });
        checkReached(context);
    }

    /**
     * Writes in the project methods orchestration code calls, reported at the call with the chain.
     * Constructors and initialisers set up the object being built; their writes stay silent, as
     * they do for reads.
     */
    private void checkReached(RuleContext context) {
        for (MemberSite site : context.orchestrationSites()) {
            // Reach keeps only the field writes that reachedSinks() declares: shared fields.
            if (!site.isReached() || site.target().kind() != MemberTarget.Kind.FIELD_WRITE || inSetup(site.sink())) {
                continue;
            }
            boolean isStatic = site.target().isStatic();
            String sink = "'" + Snippet.of(MemberAccesses.quoted(site.sink(), site.target()))
                    + "' (reached through '" + Snippet.of(site.node()) + "')";
            context.report(site.node(), writeMessage(context, sink, isStatic ? "static field" : "handler field",
                    site.target().name(), "a method that orchestration code calls"), site.chain());
        }
    }

    /** Writes of non-final static fields, and of the handler's own non-final instance fields, declared in the sources. */
    @Override
    public Set<ReachedSink> reachedSinks() {
        return Set.of(new ReachedSink.SharedFieldWrites());
    }

    private static String writeMessage(RuleContext context, String write, String kind, String name, String where) {
        return write + " writes the " + kind + " '" + name + "' from " + where
                + ": " + context.model().advice(DESCRIPTOR.id());
    }

    /** A static non-final field, or an instance field of the handler accessed on the handler itself. */
    private static Optional<Binding.Field> sharedField(Expression access, FileResolver resolver) {
        if (access instanceof FieldAccessExpr f && !(f.getScope() instanceof ThisExpr)
                && resolver.typeNameOf(f.getScope()).isEmpty()) {
            return Optional.empty();
        }
        return resolver.fieldOf(access)
                .filter(f -> f.declarator() != null && !f.summary().isFinal())
                .filter(f -> f.summary().isStatic() || isHandlerType(f.declaringType(), resolver));
    }

    private static boolean isHandlerType(String type, FileResolver resolver) {
        return type != null && resolver.types().model().isHandlerType(resolver.types().ancestors(type));
    }

    /** Whether the declaring class writes the field anywhere but in constructors and initialisers. */
    private static boolean isWrittenOutsideSetup(VariableDeclarator field, RuleContext context) {
        Optional<TypeDeclaration<?>> owner = field.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isEmpty()) {
            return false;
        }
        FileResolver resolver = context.resolverOf(owner.get().findCompilationUnit().orElseThrow());
        String name = field.getNameAsString();
        for (Expression access : Preorder.findAll(owner.get(), Expression.class,
                e -> (e instanceof NameExpr n && n.getNameAsString().equals(name))
                        || (e instanceof FieldAccessExpr f && f.getNameAsString().equals(name)))) {
            if (MemberAccesses.isWritten(access) && !inSetup(access)
                    && resolver.fieldOf(access).filter(f -> f.declarator() == field).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSetup(Node node) {
        return node.findAncestor(ConstructorDeclaration.class).isPresent()
                || node.findAncestor(InitializerDeclaration.class).isPresent()
                || node.findAncestor(FieldDeclaration.class).isPresent();
    }
}
