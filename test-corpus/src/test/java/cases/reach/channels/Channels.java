package cases.reach.channels;

import java.util.Locale;

/** Seven replay-safe channels: each derives what it sends from the message alone. */
public final class Channels {

    private Channels() {
    }

    public static final class EmailChannel implements NotificationChannel {
        @Override
        public String send(String message) {
            return "mailto:ops " + message;
        }
    }

    public static final class SmsChannel implements NotificationChannel {
        @Override
        public String send(String message) {
            return "sms:" + (message.length() > 160 ? message.substring(0, 160) : message);
        }
    }

    public static final class PushChannel implements NotificationChannel {
        @Override
        public String send(String message) {
            return "push:" + message.hashCode();
        }
    }

    public static final class SlackChannel implements NotificationChannel {
        @Override
        public String send(String message) {
            return "#ops " + message.toUpperCase(Locale.ROOT);
        }
    }

    public static final class PagerChannel implements NotificationChannel {
        @Override
        public String send(String message) {
            return "page:" + message.strip();
        }
    }

    public static final class FaxChannel implements NotificationChannel {
        @Override
        public String send(String message) {
            return "fax:" + message.replace('\n', ' ');
        }
    }

    public static final class LetterChannel implements NotificationChannel {
        @Override
        public String send(String message) {
            return "letter:" + String.join("/", message.split(" "));
        }
    }
}
