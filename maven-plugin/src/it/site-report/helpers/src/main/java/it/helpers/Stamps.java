package it.helpers;

/** A helper in a sibling module: it reads the clock. */
public final class Stamps {

    private Stamps() {
    }

    public static String stamp(String orderId) {
        return orderId + "@" + System.currentTimeMillis();
    }
}
