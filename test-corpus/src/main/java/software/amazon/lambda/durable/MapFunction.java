package software.amazon.lambda.durable;

/** Declaration of the SDK type {@code MapFunction} for the test corpus (signatures only, no behaviour). */
@FunctionalInterface
public interface MapFunction<I, O> {

    /** Processes one item; {@code context} is the item's own child context. */
    O apply(I item, int index, DurableContext context);
}
