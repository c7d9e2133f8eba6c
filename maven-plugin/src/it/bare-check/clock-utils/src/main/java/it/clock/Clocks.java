package it.clock;

import java.time.Instant;

/** Time helpers shared by the services. */
public final class Clocks {

    private Clocks() {
    }

    public static Instant now() {
        return Instant.now();
    }
}
