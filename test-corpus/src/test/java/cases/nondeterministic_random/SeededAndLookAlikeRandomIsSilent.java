package cases.nondeterministic_random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: seeded generators and look-alikes in orchestration code. A generator seeded from
 * a constant or from a checkpointed step result produces the same sequence on every replay.
 */
public class SeededAndLookAlikeRandomIsSilent extends DurableHandler<List<String>, String> {

    private static final long SEED = 20240101L;

    @Override
    public String handleRequest(List<String> candidates, DurableContext context) {
        Random constantSeed = new Random(42); // ok: nondeterministic-random -- seeded from a constant
        int first = constantSeed.nextInt(10); // ok: nondeterministic-random -- draws from a seeded generator
        long sampled = new Random(SEED).nextLong(); // ok: nondeterministic-random -- seeded from a static final constant
        SplittableRandom splittable = new SplittableRandom(7L); // ok: nondeterministic-random -- seeded SplittableRandom

        Long seed = context.step("draw-seed", Long.class, step -> new Random().nextLong()); // ok: nondeterministic-random -- unseeded Random inside a step body
        Random fromStep = new Random(seed); // ok: nondeterministic-random -- seeded from a checkpointed step result
        int winnerIndex = fromStep.nextInt(candidates.size()); // ok: nondeterministic-random -- replay draws the same number

        List<String> order = new ArrayList<>(candidates);
        Collections.shuffle(order, new Random(7)); // ok: nondeterministic-random -- two-argument shuffle with a seeded Random
        Collections.sort(order); // ok: nondeterministic-random -- sorting is deterministic
        Collections.reverse(order); // ok: nondeterministic-random -- reversing is deterministic

        Iterator<String> random = order.iterator(); // ok: nondeterministic-random -- a variable merely named random
        String head = random.hasNext() ? random.next() : "none"; // ok: nondeterministic-random -- next() of an Iterator, not of a Random

        int randomLength = candidates.size() % 3; // ok: nondeterministic-random -- a variable merely named like a random value

        String winner = context.step("announce-winner", String.class, step -> candidates.get(winnerIndex));

        return winner + first + sampled + splittable.nextInt(100) + head + randomLength; // ok: nondeterministic-random -- seeded SplittableRandom draw
    }
}
