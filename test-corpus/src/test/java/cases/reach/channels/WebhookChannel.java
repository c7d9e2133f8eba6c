package cases.reach.channels;

import java.util.UUID;

/** Posts to a webhook with a fresh idempotency key on every call: a new key on every replay. */
public class WebhookChannel implements NotificationChannel {

    @Override
    public String send(String message) {
        return "POST /hooks " + message + " key=" + idempotencyKey(); // hop
    }

    private String idempotencyKey() {
        return UUID.randomUUID().toString(); // sink: nondeterministic-uuid
    }
}
