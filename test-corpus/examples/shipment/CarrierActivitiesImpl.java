package examples.shipment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The activities: I/O, the clock, random ids and plain logging are all fine here, because an
 * activity runs once and Temporal records its result.
 */
public class CarrierActivitiesImpl implements CarrierActivities {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierActivitiesImpl.class);
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public String book(String orderId, String warehouse) {
        LOG.info("booking {} from {} at {}", orderId, warehouse, Instant.now());
        return warehouse + "-" + UUID.randomUUID();
    }

    @Override
    public boolean delivered(String trackingId) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("https://carrier.example/track/" + trackingId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().contains("DELIVERED");
        } catch (Exception e) {
            throw new IllegalStateException("tracking " + trackingId + " failed", e);
        }
    }

    @Override
    public void notifyCustomer(String email, String text) {
        LOG.info("mail to {}: {}", email, text);
    }
}
