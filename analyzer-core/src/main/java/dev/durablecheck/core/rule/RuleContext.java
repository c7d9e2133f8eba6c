package dev.durablecheck.core.rule;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.durablecheck.core.model.DurableModel;
import dev.durablecheck.core.region.RegionKind;
import dev.durablecheck.core.resolve.FileResolver;

import java.nio.file.Path;
import java.util.List;

/** What a rule sees of one analysed file, and where it reports. */
public interface RuleContext {

    Path file();

    CompilationUnit unit();

    DurableModel model();

    /** Types, names, member targets and durable operations of this file. */
    FileResolver resolver();

    /** Whether the code containing {@code node} is orchestration code, a step body or neither. */
    RegionKind regionOf(Node node);

    /** Every resolved member access in orchestration code, in source order, excluding durable operations. */
    List<MemberSite> orchestrationSites();

    /** Reports {@code node} under the checking rule's id and severity. */
    void report(Node node, String message);
}
