package dev.durablecheck.core.resolve;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.durablecheck.core.model.Operation;
import dev.durablecheck.core.model.OperationBody;

import java.util.Optional;

/** A call of a durable operation, such as {@code context.step("charge", ...)}. */
public record DurableCall(MethodCallExpr call, Operation operation) {

    /** The operation-name argument, if the call has it. */
    public Optional<Expression> nameArgument() {
        int index = operation.nameArgument();
        return index >= 0 && index < call.getArguments().size() ? Optional.of(call.getArgument(index)) : Optional.empty();
    }

    /** The body argument and what kind of body it is, for operations that take one. */
    public Optional<OperationBody> body() {
        return operation.bodyArgument().filter(b -> b.argument() < call.getArguments().size());
    }
}
