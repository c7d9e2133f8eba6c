package dev.durablecheck.core.rule;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.resolve.MemberTarget;

/**
 * A call, object creation or field read in orchestration code whose target was resolved.
 *
 * @param node the {@code MethodCallExpr}, {@code ObjectCreationExpr}, {@code FieldAccessExpr}
 *     or statically imported {@code NameExpr}
 */
public record MemberSite(Node node, MemberTarget target) {
}
