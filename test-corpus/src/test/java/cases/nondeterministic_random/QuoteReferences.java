package cases.nondeterministic_random;

import java.util.Random;

/** Makes quote references: one generator created unseeded, one seeded from a constant. */
final class QuoteReferences {

    private final Random random = new Random();
    private final Random seeded = new Random(42);

    String newQuoteRef() {
        return "Q-" + random.nextInt(1_000_000); // sink: nondeterministic-random
    }

    String replayableRef() {
        return "R-" + seeded.nextInt(1_000_000);
    }

    String viaHelper() {
        return newQuoteRef(); // hop
    }
}
