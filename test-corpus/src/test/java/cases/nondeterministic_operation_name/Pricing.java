package cases.nondeterministic_operation_name;

import java.util.Random;

/** Quotes: references drawn from a generator created unseeded, and codes built from their input. */
final class Pricing {

    private final Random random = new Random(); // sink: nondeterministic-operation-name
    private final String region;

    Pricing(String region) {
        this.region = region;
    }

    String newQuoteRef() {
        return "Q" + random.nextInt(1_000_000); // sink: nondeterministic-random
    }

    String codeFor(String sku) {
        return region + "-" + sku.toUpperCase();
    }
}
