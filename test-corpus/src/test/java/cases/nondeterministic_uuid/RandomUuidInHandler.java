package cases.nondeterministic_uuid;

import java.util.UUID;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: UUID.randomUUID() written directly in handleRequest. A replay mints a new id,
 * so an idempotency key built this way changes between attempts of the same execution.
 */
public class RandomUuidInHandler extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        UUID requestId = UUID.randomUUID(); // expect: nondeterministic-uuid
        String idempotencyKey = UUID.randomUUID().toString(); // expect: nondeterministic-uuid
        var correlationId = UUID.randomUUID(); // expect: nondeterministic-uuid

        String charged = context.step("charge-card", String.class, step -> orderId + ":" + idempotencyKey);

        String pair = UUID.randomUUID() + "/" + UUID.randomUUID(); // expect: nondeterministic-uuid, nondeterministic-uuid

        String traceId = orderId.isEmpty()
                ? "none"
                : UUID.randomUUID().toString().substring(0, 8); // expect: nondeterministic-uuid

        String shipped = context.step("ship-order", String.class, step -> charged + "|" + traceId);

        return shipped + requestId + correlationId + pair;
    }
}
