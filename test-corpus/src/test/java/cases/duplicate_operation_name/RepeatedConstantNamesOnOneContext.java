package cases.duplicate_operation_name;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: handleRequest reuses literal names and a static final constant's value for several
 * operations on the root context, so the audit history cannot tell them apart; only the second and
 * later uses of each name are reported.
 */
public class RepeatedConstantNamesOnOneContext extends DurableHandler<RepeatedConstantNamesOnOneContext.Order, String> {

    private static final String PAUSE = "pause";
    private static final String NOTIFY = "notify";

    /** The handler input. */
    record Order(String id, String email) {}

    @Override
    public String handleRequest(Order order, DurableContext context) {
        String valid = context.step("validate", String.class, s -> order.id()); // ok: duplicate-operation-name -- the first use of the name stays clean
        String revalidated = context.step("validate", String.class, s -> valid); // expect: duplicate-operation-name

        context.wait(PAUSE, Duration.ofSeconds(2)); // ok: duplicate-operation-name -- the first use of the constant's value
        context.wait("pause", Duration.ofSeconds(5)); // expect: duplicate-operation-name

        String charged = context.step("charge", String.class, s -> revalidated); // ok: duplicate-operation-name -- the first "charge"
        DurableFuture<String> recharge = context.stepAsync("charge", String.class, s -> charged); // expect: duplicate-operation-name

        String sent = context.invoke(NOTIFY, "mailer", order.email(), String.class); // ok: duplicate-operation-name -- the first use of NOTIFY
        String resent = context // expect: duplicate-operation-name
                .invoke(
                        NOTIFY,
                        "mailer",
                        order.email(),
                        String.class);

        String third = context.step( // expect: duplicate-operation-name
                "validate",
                String.class,
                s -> sent + resent);

        String distinct = context.step("validate-" + order.id(), String.class, s -> third); // ok: duplicate-operation-name -- not a constant name
        return distinct + recharge.get();
    }
}
