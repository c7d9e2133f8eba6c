package cases.nondeterministic_random;

import static java.lang.Math.random;
import static java.util.Collections.shuffle;
import static java.util.concurrent.ThreadLocalRandom.current;

import java.util.ArrayList;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: random sources spelled with static imports and fully qualified names. The
 * analyzer resolves the call, not the text.
 */
public class FullyQualifiedAndStaticImport extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> candidates, DurableContext context) {
        double imported = random(); // expect: nondeterministic-random
        int importedDice = current().nextInt(6); // expect: nondeterministic-random

        List<String> order = new ArrayList<>(candidates);
        shuffle(order); // expect: nondeterministic-random
        shuffle(order, new java.util.Random(3L)); // ok: nondeterministic-random -- two-argument shuffle with a seeded Random

        double qualified = java.lang.Math.random(); // expect: nondeterministic-random
        java.util.Random qualifiedRandom = new java.util.Random(); // expect: nondeterministic-random
        java.util.Random qualifiedSeeded = new java.util.Random(99L); // ok: nondeterministic-random -- seeded from a constant
        java.security.SecureRandom qualifiedSecure = new java.security.SecureRandom(); // expect: nondeterministic-random
        java.util.random.RandomGenerator qualifiedGenerator = java.util.random.RandomGenerator.getDefault(); // expect: nondeterministic-random

        Double checkpointed = context.step("checkpointed-roll", Double.class, step -> random()); // ok: nondeterministic-random -- statically imported random() inside a step body

        String first = context.step("take-first", String.class, step -> order.get(0));

        return first
                + imported
                + importedDice
                + qualified
                + qualifiedSeeded.nextInt(5) // ok: nondeterministic-random -- seeded local Random
                + checkpointed;
    }
}
