package examples.shipment;

import io.temporal.activity.ActivityInterface;

/** The carrier and mail calls a shipment makes: each runs once, as an activity, and is never replayed. */
@ActivityInterface
public interface CarrierActivities {

    String book(String orderId, String warehouse);

    boolean delivered(String trackingId);

    void notifyCustomer(String email, String text);
}
