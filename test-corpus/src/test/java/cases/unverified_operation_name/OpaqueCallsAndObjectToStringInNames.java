package cases.unverified_operation_name;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;

/**
 * Scenario: operation names produced by a library encoder and by toString of values declared as
 * Object, which the analyzer can prove neither stable nor unstable, next to names it can prove,
 * among them the results of a project naming service it follows into.
 */
public class OpaqueCallsAndObjectToStringInNames extends DurableHandler<OpaqueCallsAndObjectToStringInNames.Order, String> {

    /** The handler input; the channel is whatever the caller put in the JSON. */
    record Order(String id, String customerId, Object channel) {}

    /** Naming conventions shared by several handlers. */
    static final class Naming {
        String nameFor(Order order) {
            return "order-" + order.id();
        }

        static String slug(String text) {
            return text.strip().replace(' ', '-');
        }
    }

    private final Naming naming = new Naming();

    @Override
    public String handleRequest(Order order, DurableContext context) {
        String charged = context.step(naming.nameFor(order), String.class, s -> order.id()); // ok: unverified-operation-name -- the naming service returns "order-" and the input's id, followed into it

        String encoded = URLEncoder.encode(order.customerId(), StandardCharsets.UTF_8);
        String synced = context.invoke("crm-" + encoded, "crm-sync", order.id(), String.class); // expect: unverified-operation-name

        String confirmed = context.waitForCallback("confirm-" + order.channel(), String.class, (callbackId, step) -> // expect: unverified-operation-name
                step.getLogger().info("confirm via {}", callbackId));

        try (ParallelDurableFuture fan = context.parallel("fan-out")) {
            fan.branch(String.valueOf(order.channel()), String.class, b -> b.step("branch-send", String.class, s -> "sent")); // expect: unverified-operation-name
            fan.branch("audit-" + order.customerId().trim().toUpperCase(), String.class, b -> b.step("branch-audit", String.class, s -> "audited")); // ok: unverified-operation-name -- String methods on the handler input
        }

        String mixed = naming.nameFor(order) + "-" + UUID.randomUUID(); // expect: nondeterministic-uuid
        String minted = context.step(mixed, String.class, s -> charged); // expect: nondeterministic-operation-name // ok: unverified-operation-name -- already reported as nondeterministic

        String label = context.step("label-" + Naming.slug(order.customerId()), String.class, s -> minted); // ok: unverified-operation-name -- slug returns String methods of its argument, the input's customer id
        return context.step("done-" + order.id(), String.class, s -> synced + confirmed + label); // ok: unverified-operation-name -- a record accessor on the handler input
    }
}
