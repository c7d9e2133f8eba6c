package software.amazon.lambda.durable.model;

/** Declaration of the SDK type {@code ExecutionStatus} for the test corpus (signatures only, no behaviour). */
public enum ExecutionStatus {
    SUCCEEDED,
    FAILED,
    PENDING
}
