package it.pricing;

import it.clock.Clocks;

/** Quotes prices, stamped with the time they were made. */
public final class Pricing {

    public String quote(String sku) {
        return sku + "@" + Clocks.now();
    }
}
