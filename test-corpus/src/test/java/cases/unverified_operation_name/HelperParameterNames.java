package cases.unverified_operation_name;

import java.time.Duration;
import java.util.List;
import software.amazon.lambda.durable.DurableCallbackFuture;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: helper methods that take the DurableContext build operation names from their own
 * parameters. A parameter is traced to the calls of the helper in the same file: here every call
 * passes a stable value (the handler input, a loop counter, a literal), so the names are stable.
 */
public class HelperParameterNames extends DurableHandler<HelperParameterNames.Order, String> {

    /** The handler input. */
    record Order(String id, String warehouse, List<String> skus) {}

    @Override
    public String handleRequest(Order order, DurableContext context) {
        String reserved = reserve(context, order.warehouse());
        String shipped = context.step("ship-" + order.id(), String.class, s -> reserved); // ok: unverified-operation-name -- a record accessor on the handler input
        for (int i = 0; i < order.skus().size(); i++) {
            pick(context, i, order.skus().get(i));
        }
        context.wait("settle-" + order.warehouse(), Duration.ofSeconds(1)); // ok: unverified-operation-name -- a record accessor on the handler input
        return shipped + notifyChannel(context, "email", order.id());
    }

    private String reserve(DurableContext context, String warehouse) {
        return context.step("reserve-" + warehouse, String.class, s -> warehouse); // ok: unverified-operation-name -- every call of this helper in the file passes a stable value
    }

    private static void pick(DurableContext context, int position, String sku) {
        context.step("pick-" + position, String.class, s -> sku); // ok: unverified-operation-name -- every call of this helper in the file passes a stable value
        context.runInChildContext(sku, String.class, child -> // ok: unverified-operation-name -- every call of this helper in the file passes a stable value
                child.step("pick-verify", String.class, s -> sku)); // ok: unverified-operation-name -- a literal inside the child body
    }

    private String notifyChannel(DurableContext context, String channel, String orderId) {
        String name = String.format("notify-%s-%s", channel, orderId);
        context.wait("notify-delay", Duration.ofSeconds(1)); // ok: unverified-operation-name -- a literal
        DurableCallbackFuture<String> reply = context.createCallback(name, String.class); // ok: unverified-operation-name -- every call of this helper in the file passes a stable value
        String callbackId = reply.callbackId();
        context.step("notify-send", String.class, s -> channel + callbackId); // ok: unverified-operation-name -- a literal, though the body uses the parameter
        return reply.get();
    }
}
