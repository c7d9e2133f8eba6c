package software.amazon.lambda.durable.model;

/** Declaration of the SDK type {@code WaitForConditionResult} for the test corpus (signatures only, no behaviour). */
public record WaitForConditionResult<T>(T value, boolean isDone) {

    public static <T> WaitForConditionResult<T> stopPolling(T value) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <T> WaitForConditionResult<T> continuePolling(T value) {
        throw new UnsupportedOperationException("declaration only");
    }
}
