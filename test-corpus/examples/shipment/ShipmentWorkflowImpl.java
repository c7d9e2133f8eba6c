package examples.shipment;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * The shipment done right: every call to the outside world is an activity, the time and the ids
 * come from Temporal, the warehouses are booked in the order the shipment lists them, and the
 * workflow logs through Workflow.getLogger, which is silent during replay.
 */
public class ShipmentWorkflowImpl implements ShipmentWorkflow {

    private static final Logger LOG = Workflow.getLogger(ShipmentWorkflowImpl.class);

    private final CarrierActivities carrier = Workflow.newActivityStub(CarrierActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(2)).build());
    private String status = "new";

    @Override
    public String ship(Shipment shipment) {
        long bookedAt = Workflow.currentTimeMillis();
        String reference = Workflow.randomUUID().toString();
        List<String> trackingIds = new ArrayList<>();
        for (String warehouse : shipment.warehouses()) {
            trackingIds.add(carrier.book(shipment.orderId(), warehouse));
        }
        LOG.info("booked {} parcels for {}", trackingIds.size(), shipment.orderId());
        status = "booked";
        for (String trackingId : trackingIds) {
            while (!carrier.delivered(trackingId)) {
                Workflow.sleep(Duration.ofHours(6));
            }
        }
        carrier.notifyCustomer(shipment.customerEmail(), "Your order " + shipment.orderId() + " has arrived");
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
