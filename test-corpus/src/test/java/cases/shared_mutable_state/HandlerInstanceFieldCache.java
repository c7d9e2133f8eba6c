package cases.shared_mutable_state;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: the handler caches per-execution data in its own instance fields. One handler
 * instance serves many executions and replays may run elsewhere, so writes from handleRequest
 * and reads of those fields are reported; fields set only in the constructor are silent.
 */
public class HandlerInstanceFieldCache extends DurableHandler<String, String> {

    private final String tableName;
    private String region;
    private String lastOrderId;
    private int handled;

    public HandlerInstanceFieldCache() {
        this.tableName = "orders"; // ok: shared-mutable-state -- written in the constructor
        this.region = "eu-west-1"; // ok: shared-mutable-state -- written in the constructor
        this.handled = 0; // ok: shared-mutable-state -- written in the constructor
    }

    @Override
    public String handleRequest(String input, DurableContext context) {
        String table = tableName; // ok: shared-mutable-state -- final field set in the constructor
        String where = this.region; // ok: shared-mutable-state -- written only in the constructor
        if (lastOrderId != null) { // expect: shared-mutable-state
            context.getLogger().info("previous order {}", input);
        }
        lastOrderId = input; // expect: shared-mutable-state
        this.handled++; // expect: shared-mutable-state
        int sofar = handled; // expect: shared-mutable-state

        String saved = context.step("save-order", String.class, stepCtx -> table + "/" + where + "/" + input);
        return saved + sofar;
    }
}
