package cases.captured_state_mutation;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: a waitForCallback submitter and a waitForCondition check (both step bodies) record
 * progress in captured arrays, Atomic* holders and a StringBuilder. The submitter and the check
 * are checkpointed like steps, so on replay the callback id, the poll count and the trail are
 * never written again. Builders and counters created inside the bodies, reads of the captured
 * holders and updates in orchestration code are silent.
 */
public class ArraysAtomicsAndBuildersInCallbacksAndConditions extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        String[] lastCallbackId = new String[1];
        int[] polls = {0};
        AtomicInteger notifications = new AtomicInteger();
        AtomicReference<String> status = new AtomicReference<>("new");
        AtomicLong waitedPolls = new AtomicLong();
        StringBuilder trail = new StringBuilder();

        String approval = context.waitForCallback("await-approval", String.class, (callbackId, stepCtx) -> {
            lastCallbackId[0] = callbackId; // expect: captured-state-mutation
            notifications.incrementAndGet(); // expect: captured-state-mutation
            trail.append("sent:"); // expect: captured-state-mutation
            StringBuilder message = new StringBuilder("approve ");
            message.append(orderId); // ok: captured-state-mutation -- the builder is created inside the submitter
            stepCtx.getLogger().info("sending {} for {}", message, callbackId); // ok: captured-state-mutation -- logging through the step context
        });

        Integer shipped = context.waitForCondition("await-shipment", Integer.class, (state, stepCtx) -> {
            polls[0]++; // expect: captured-state-mutation
            status.set("polling"); // expect: captured-state-mutation
            waitedPolls.getAndAdd(1L); // expect: captured-state-mutation
            int seen = notifications.get(); // ok: captured-state-mutation -- get() reads the captured counter
            AtomicInteger local = new AtomicInteger(seen);
            local.incrementAndGet(); // ok: captured-state-mutation -- the counter is created inside the check
            int current = state == null ? 0 : state;
            if (current >= 3) {
                return WaitForConditionResult.stopPolling(current);
            }
            return WaitForConditionResult.continuePolling(current + local.get());
        });

        String closed = context.step("close-order", String.class, stepCtx -> {
            status.compareAndSet("polling", "closed"); // expect: captured-state-mutation
            trail.setLength(0); // expect: captured-state-mutation
            return status.get() + trail.length(); // ok: captured-state-mutation -- reads of the captured holders
        });

        trail.append(approval); // ok: captured-state-mutation -- orchestration code, not a step body
        notifications.incrementAndGet(); // ok: captured-state-mutation -- orchestration code, not a step body
        return trail + ":" + shipped + ":" + closed;
    }
}
