package cases.nondeterministic_random;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: every unseeded random source used directly in handleRequest. Each replay draws
 * different numbers, so orchestration takes a different path.
 */
public class RandomSourcesInHandler extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> candidates, DurableContext context) {
        double roll = Math.random(); // expect: nondeterministic-random
        Random unseeded = new Random(); // expect: nondeterministic-random
        int pick = unseeded.nextInt(candidates.size()); // ok: nondeterministic-random -- a local Random is reported once, where it is created

        SecureRandom secure = new SecureRandom(); // expect: nondeterministic-random
        int dice = ThreadLocalRandom.current().nextInt(1, 7); // expect: nondeterministic-random
        SplittableRandom splittable = new SplittableRandom(); // expect: nondeterministic-random
        RandomGenerator generator = RandomGenerator.getDefault(); // expect: nondeterministic-random
        RandomGenerator named = RandomGenerator.of("L64X128MixRandom"); // expect: nondeterministic-random

        String strongAlgorithm = "none";
        try {
            SecureRandom strong = SecureRandom.getInstanceStrong(); // expect: nondeterministic-random
            SecureRandom sha = SecureRandom.getInstance("SHA1PRNG"); // expect: nondeterministic-random
            strongAlgorithm = strong.getAlgorithm() + sha.getAlgorithm();
        } catch (NoSuchAlgorithmException e) {
            strongAlgorithm = "unavailable";
        }

        List<String> order = new ArrayList<>(candidates);
        Collections.shuffle(order); // expect: nondeterministic-random

        var jitter = new Random(); // expect: nondeterministic-random

        String chosen = context.step("notify-winner", String.class, step -> order.get(0));

        return chosen + roll + pick + secure.getAlgorithm() + dice + strongAlgorithm;
    }
}
