package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import dev.durablecheck.core.parse.Preorder;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a simple name refers to by walking outwards from its use through blocks, loops,
 * lambdas, methods and class bodies, as Java's scoping rules do. A small scope resolver is
 * sturdier than full symbol solving for code with lambdas and without its libraries.
 */
final class NameBindings {

    private final ImportScope scope;
    private final KnownTypes types;
    /** Per block, shared by the threads that use the file's resolver. */
    private final Map<NodeList<Statement>, DeclaredLocals> declaredLocals = Collections.synchronizedMap(new IdentityHashMap<>());

    NameBindings(ImportScope scope, KnownTypes types) {
        this.scope = scope;
        this.types = types;
    }

    Optional<Binding> find(String name, Node use) {
        Node child = use;
        for (Node current = use.getParentNode().orElse(null); current != null;
             child = current, current = current.getParentNode().orElse(null)) {
            Optional<Binding> found = declaredIn(current, child, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return staticallyImported(name);
    }

    private Optional<Binding> declaredIn(Node current, Node child, String name) {
        if (current instanceof BlockStmt block) {
            return inStatements(block.getStatements(), child, name);
        }
        if (current instanceof SwitchEntry entry) {
            return inStatements(entry.getStatements(), child, name);
        }
        if (current instanceof ForStmt loop) {
            for (var init : loop.getInitialization()) {
                if (init instanceof VariableDeclarationExpr decl) {
                    Optional<Binding> found = inDeclaration(decl, name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
        if (current instanceof ForEachStmt loop && child != loop.getIterable()) {
            return inDeclaration(loop.getVariable(), name);
        }
        if (current instanceof IfStmt ifStmt && child == ifStmt.getThenStmt()) {
            return patternIn(ifStmt.getCondition(), name);
        }
        if (current instanceof ConditionalExpr conditional && child == conditional.getThenExpr()) {
            return patternIn(conditional.getCondition(), name);
        }
        if (current instanceof BinaryExpr and && and.getOperator() == BinaryExpr.Operator.AND && child == and.getRight()) {
            return patternIn(and.getLeft(), name);
        }
        if (current instanceof CatchClause clause && clause.getParameter().getNameAsString().equals(name)) {
            return Optional.of(local(clause.getParameter()));
        }
        if (current instanceof TryStmt tryStmt && child == tryStmt.getTryBlock()) {
            for (var resource : tryStmt.getResources()) {
                if (resource instanceof VariableDeclarationExpr decl) {
                    Optional<Binding> found = inDeclaration(decl, name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
        if (current instanceof LambdaExpr lambda) {
            NodeList<Parameter> params = lambda.getParameters();
            for (int i = 0; i < params.size(); i++) {
                Parameter p = params.get(i);
                if (p.getNameAsString().equals(name)) {
                    Type written = p.getType().isUnknownType() || p.getType().isVarType() ? null : p.getType();
                    return Optional.of(new Binding.Local(p, written, null, written == null ? lambda : null, i));
                }
            }
            return Optional.empty();
        }
        if (current instanceof CallableDeclaration<?> callable) {
            for (Parameter p : callable.getParameters()) {
                if (p.getNameAsString().equals(name)) {
                    return Optional.of(local(p));
                }
            }
            return Optional.empty();
        }
        if (current instanceof TypeDeclaration<?> type) {
            return fieldOf(type, name);
        }
        if (current instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
                && child != creation.getScope().orElse(null) && creation.getArguments().stream().noneMatch(a -> a == child)) {
            return fieldIn(creation.getAnonymousClassBody().get(), null, name)
                    .or(() -> inherited(scope.resolveType(creation.getType()), name));
        }
        return Optional.empty();
    }

    private Optional<Binding> fieldOf(TypeDeclaration<?> type, String name) {
        Optional<String> fqn = type.getFullyQualifiedName();
        Optional<Binding> declared = fieldIn(type.getMembers(), fqn.orElse(null), name);
        if (declared.isPresent()) {
            return declared;
        }
        if (type instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(name)) {
                    return Optional.of(new Binding.Field(fqn.orElse(null),
                            new FieldSummary(name, scope.resolveType(component.getType()).orElse(null), false, true),
                            null, false));
                }
            }
        }
        return inherited(fqn, name);
    }

    private Optional<Binding> fieldIn(NodeList<BodyDeclaration<?>> members, String owner, String name) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof FieldDeclaration field) {
                boolean inInterface = field.getParentNode()
                        .filter(p -> p instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c && c.isInterface())
                        .isPresent();
                for (VariableDeclarator v : field.getVariables()) {
                    if (v.getNameAsString().equals(name)) {
                        FieldSummary summary = new FieldSummary(name, SourceTypeDigest.declaredType(v, scope),
                                field.isStatic() || inInterface, field.isFinal() || inInterface);
                        return Optional.of(new Binding.Field(owner, summary, v, false));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A field inherited from a supertype; the declaring class's own fields were checked first. */
    private Optional<Binding> inherited(Optional<String> type, String name) {
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (String ancestor : types.ancestors(type.get())) {
            if (ancestor.equals(type.get())) {
                continue;
            }
            Optional<FieldSummary> field = types.find(ancestor).flatMap(t -> t.field(name));
            if (field.isPresent()) {
                VariableDeclarator declarator = types.sourceDeclaration(ancestor)
                        .flatMap(t -> t.getFieldByName(name))
                        .flatMap(f -> f.getVariables().stream().filter(v -> v.getNameAsString().equals(name)).findFirst())
                        .orElse(null);
                return Optional.of(new Binding.Field(ancestor, field.get(), declarator, false));
            }
        }
        return Optional.empty();
    }

    private Optional<Binding> staticallyImported(String name) {
        for (String owner : scope.staticImportOwners(name)) {
            Optional<KnownTypes.FieldOwner> field = types.field(owner, name);
            if (field.isPresent() && field.get().field().isStatic()) {
                return Optional.of(new Binding.Field(field.get().declaringType(), field.get().field(), null, true));
            }
        }
        return Optional.empty();
    }

    /** A pattern variable ({@code o instanceof Order order}) that a true condition brings into scope. */
    private static Optional<Binding> patternIn(Expression condition, String name) {
        return Preorder.findAll(condition, TypePatternExpr.class, p -> p.getNameAsString().equals(name)).stream()
                .findFirst()
                .map(p -> new Binding.Local(p, p.getType(), null, null, -1));
    }

    private Optional<Binding> inStatements(NodeList<Statement> statements, Node child, String name) {
        return declaredLocals.computeIfAbsent(statements, DeclaredLocals::new).before(child, name).map(NameBindings::local);
    }

    private static Optional<Binding> inDeclaration(VariableDeclarationExpr decl, String name) {
        for (VariableDeclarator v : decl.getVariables()) {
            if (v.getNameAsString().equals(name)) {
                return Optional.of(local(v));
            }
        }
        return Optional.empty();
    }

    private static Binding local(VariableDeclarator v) {
        Type written = v.getType().isVarType() ? null : v.getType();
        return new Binding.Local(v, written, v.getInitializer().orElse(null), null, -1);
    }

    private static Binding local(Parameter p) {
        return new Binding.Local(p, p.getType().isVarType() ? null : p.getType(), null, null, -1);
    }
}
