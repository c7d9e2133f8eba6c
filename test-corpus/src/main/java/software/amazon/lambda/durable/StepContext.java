package software.amazon.lambda.durable;

import software.amazon.lambda.durable.context.BaseContext;

/** Declaration of the SDK type {@code StepContext} for the test corpus (signatures only, no behaviour). */
public interface StepContext extends BaseContext {

    /** The 0-based attempt number of the current step execution. */
    int getAttempt();

    static StepContext getCurrentContext() {
        throw new UnsupportedOperationException("declaration only");
    }
}
