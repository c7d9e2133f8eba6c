package cases.reach.channels;

/**
 * Where a notification goes. Eight implementations in the sources: seven in {@link Channels},
 * and {@link WebhookChannel}, the only one that mints a random key.
 */
public interface NotificationChannel {

    String send(String message);
}
