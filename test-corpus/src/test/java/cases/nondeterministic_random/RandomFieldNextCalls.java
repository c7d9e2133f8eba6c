package cases.nondeterministic_random;

import java.util.List;
import java.util.Random;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a Random held in a handler field. Creating it in the field initialiser is not
 * orchestration code, but every next* draw from an unseeded field in orchestration code is
 * reported at the draw. A field seeded from a constant stays silent.
 */
public class RandomFieldNextCalls extends DurableHandler<List<String>, String> {

    private final Random jitter = new Random(); // ok: nondeterministic-random -- field initialiser; the draws below are reported
    private final Random seeded = new Random(42); // ok: nondeterministic-random -- seeded field

    @Override
    public String handleRequest(List<String> candidates, DurableContext context) {
        int index = jitter.nextInt(candidates.size()); // expect: nondeterministic-random
        double weight = this.jitter.nextDouble(); // expect: nondeterministic-random
        boolean coin = jitter.nextBoolean(); // expect: nondeterministic-random

        int stableIndex = seeded.nextInt(candidates.size()); // ok: nondeterministic-random -- field seeded from a constant
        long stableLong = this.seeded.nextLong(); // ok: nondeterministic-random -- field seeded from a constant

        long delayMillis = backoffMillis(context);

        Long drawnInStep = context.step("draw-in-step", Long.class, step -> jitter.nextLong()); // ok: nondeterministic-random -- draw inside a step body is checkpointed

        String chosen = context.step("pick-candidate", String.class, step -> candidates.get(index));
        return chosen + weight + coin + stableIndex + stableLong + delayMillis + drawnInStep;
    }

    private long backoffMillis(DurableContext ctx) {
        return 100L + jitter.nextInt(50); // expect: nondeterministic-random
    }
}
