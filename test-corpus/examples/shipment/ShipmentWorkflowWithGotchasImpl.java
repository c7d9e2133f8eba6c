package examples.shipment;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same shipment, done wrong: the workflow reads the clock and makes up an id itself, books the
 * warehouses in a HashSet's order, logs with a plain logger, blocks its thread instead of using a
 * durable timer, and reads the environment. Each of these differs, or happens again, when a worker
 * replays the workflow from its history.
 */
public class ShipmentWorkflowWithGotchasImpl implements ShipmentWorkflow {

    private static final Logger LOG = LoggerFactory.getLogger(ShipmentWorkflowWithGotchasImpl.class);

    private final CarrierActivities carrier = Workflow.newActivityStub(CarrierActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(2)).build());
    private String status = "new";

    @Override
    public String ship(Shipment shipment) {
        Instant bookedAt = Instant.now(); // expect: nondeterministic-time
        String reference = UUID.randomUUID().toString(); // expect: nondeterministic-uuid
        Set<String> warehouses = new HashSet<>(shipment.warehouses());
        Set<String> trackingIds = new HashSet<>();
        for (String warehouse : warehouses) {
            trackingIds.add(carrier.book(shipment.orderId(), warehouse)); // expect: unordered-iteration
        }
        LOG.info("booked {} parcels for {}", trackingIds.size(), shipment.orderId()); // expect: replay-unsafe-logging
        status = "booked";
        for (String trackingId : trackingIds) {
            while (!carrier.delivered(trackingId)) { // expect: unordered-iteration
                try {
                    Thread.sleep(Duration.ofHours(6).toMillis()); // expect: blocking-sleep
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        String sender = System.getenv("SENDER_NAME"); // expect: environment-read
        carrier.notifyCustomer(shipment.customerEmail(), sender + ": your order " + shipment.orderId() + " has arrived");
        status = "delivered";
        return reference + "@" + bookedAt;
    }

    @Override
    public void delayed(String reason) {
        status = "delayed: " + reason;
    }

    @Override
    public String status() {
        return status;
    }
}
