package examples.shipment;

import java.util.List;

/** What to ship, from which warehouses, to whom. */
public record Shipment(String orderId, String customerEmail, List<String> warehouses) {
}
