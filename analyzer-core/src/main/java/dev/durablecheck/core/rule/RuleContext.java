package dev.durablecheck.core.rule;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.durablecheck.core.CallHop;
import dev.durablecheck.core.catalog.CatalogLookup;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.region.OperationBodyRegion;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.DurableCall;
import dev.durablecheck.core.resolve.FileResolver;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What a rule sees of one analysed file, and where it reports. */
public interface RuleContext {

    Path file();

    CompilationUnit unit();

    DurableModel model();

    /**
     * The run's API catalog (every rule's data, then the configuration's, which wins ties), with
     * each access's deciding entry looked up once per run.
     */
    CatalogLookup catalog();

    /** Types, names, member targets and durable operations of this file. */
    FileResolver resolver();

    /** The resolver of another file of the run, for facts a rule needs from where a member is declared. */
    FileResolver resolverOf(CompilationUnit unit);

    /** The file a tree of the run was parsed from. */
    Path fileOf(CompilationUnit unit);

    /** Whether the code containing {@code node} is orchestration code, a step body or neither. */
    RegionKind regionOf(Node node);

    /**
     * The operation body a lambda, method reference or anonymous class is when it is given to a
     * durable operation, directly or through a local variable.
     */
    Optional<OperationBodyRegion> asOperationBody(Node functional);

    /** The innermost lambda or anonymous class around {@code node} that is the body of a durable operation. */
    Optional<OperationBodyRegion> enclosingOperationBody(Node node);

    /** Every durable operation called in this file, in source order, whatever region it lies in. */
    List<DurableCall> durableCalls();

    /**
     * Every resolved member access that orchestration code runs, excluding durable operations: the
     * ones written in it, in source order, each followed by those reached through the project
     * methods it calls.
     */
    List<MemberSite> orchestrationSites();

    /** Reports {@code node} under the checking rule's id and severity. */
    default void report(Node node, String message) {
        report(node, message, List.of());
    }

    /** Reports {@code node} with the chain of calls that leads from it to the offending access. */
    void report(Node node, String message, List<CallHop> chain);
}
