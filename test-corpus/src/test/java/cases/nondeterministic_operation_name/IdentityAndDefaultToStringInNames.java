package cases.nondeterministic_operation_name;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.lambda.durable.DurableCallbackFuture;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: child-context, callback, invoke, map and parallel-branch names built from object
 * identity (default toString of a class without toString, new Object(), hashCode of such objects,
 * System.identityHashCode, the thread name), which differ in every process that replays the
 * execution.
 */
public class IdentityAndDefaultToStringInNames extends DurableHandler<IdentityAndDefaultToStringInNames.Shipment, String> {

    /** The handler input. */
    record Shipment(String id, List<String> items) {}

    @Override
    public String handleRequest(Shipment shipment, DurableContext context) {
        class Parcel {
            final String trackingId;

            Parcel(String trackingId) {
                this.trackingId = trackingId;
            }
        }
        Parcel parcel = new Parcel(shipment.id());

        String packed = context.runInChildContext("pack-" + parcel, String.class, child -> // expect: nondeterministic-operation-name
                child.step("pack-items", String.class, s -> shipment.id()));

        DurableCallbackFuture<String> pickup = context.createCallback("pickup-" + new Object(), String.class); // expect: nondeterministic-operation-name

        String courier = context.waitForCallback("courier-" + parcel.hashCode(), String.class, (callbackId, step) -> // expect: nondeterministic-operation-name
                step.getLogger().info("courier callback {}", callbackId));

        String receipt = context.invoke("receipt-" + System.identityHashCode(shipment), "receipt-fn", shipment.id(), String.class); // expect: nondeterministic-operation-name, environment-read

        String tracked = context.step("track-" + shipment.id().trim(), String.class, s -> packed); // ok: nondeterministic-operation-name -- a String method on the handler input, not an object's identity

        String bucket = "bucket-" + shipment.id().hashCode();
        String sorted = context.step(bucket, String.class, s -> tracked); // ok: nondeterministic-operation-name -- String.hashCode is specified by the JDK and stable

        MapResult<String> labels = context.map("labels-" + Thread.currentThread().getName(), shipment.items(), String.class, // expect: nondeterministic-operation-name, environment-read
                (item, index, itemCtx) -> itemCtx.step("label-" + item + "-" + index, String.class, s -> item)); // ok: nondeterministic-operation-name -- map item and index parameters

        try (ParallelDurableFuture fan = context.parallel("notify-fan")) {
            fan.branch("email-" + ThreadLocalRandom.current().nextInt(100), String.class, b -> // expect: nondeterministic-operation-name, nondeterministic-random
                    b.step("email-send", String.class, s -> "sent"));
            fan.branch("sms-" + shipment.id(), String.class, b -> // ok: nondeterministic-operation-name -- a record accessor on the handler input
                    b.step("sms-send", String.class, s -> "sent"));
        }
        return packed + pickup.get() + courier + receipt + sorted + labels.size();
    }
}
