package dev.durablecheck.core.region;

import com.github.javaparser.ast.Node;
import dev.durablecheck.core.model.OperationBody;
import dev.durablecheck.core.resolve.DurableCall;

/**
 * A lambda, anonymous class or method given as the body of a durable operation, with the operation.
 *
 * @param body the {@code LambdaExpr}, anonymous {@code ObjectCreationExpr}, or the
 *     {@code MethodDeclaration} a method reference names
 * @param operation the call the body is given to
 * @param spec what the runtime model says of the body
 */
public record OperationBodyRegion(Node body, DurableCall operation, OperationBody spec) {

    /** Whether {@code node} (a declaration, say) lies inside this body. */
    public boolean contains(Node node) {
        return body == node || body.isAncestorOf(node);
    }
}
