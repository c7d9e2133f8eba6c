package software.amazon.lambda.durable;

/** Declaration of the SDK type {@code DurableCallbackFuture} for the test corpus (signatures only, no behaviour). */
public interface DurableCallbackFuture<T> extends DurableFuture<T> {

    /** The callback id to hand to the external system that completes the callback. */
    String callbackId();
}
