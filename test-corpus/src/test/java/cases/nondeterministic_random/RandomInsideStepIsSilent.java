package cases.nondeterministic_random;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.StepContext;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: random draws inside step bodies (lambda, block lambda, anonymous class,
 * waitForCallback submitter, waitForCondition check). The drawn value is checkpointed and
 * replay returns it, so nothing is reported.
 */
public class RandomInsideStepIsSilent extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> candidates, DurableContext context) {
        Double roll = context.step("roll", Double.class, step -> Math.random()); // ok: nondeterministic-random -- step body

        Integer pick = context.step("pick-index", Integer.class, step -> {
            Random random = new Random(); // ok: nondeterministic-random -- created inside the step body
            return random.nextInt(candidates.size());
        });

        String shuffled = context.step("shuffle", String.class, new Function<StepContext, String>() {
            @Override
            public String apply(StepContext step) {
                List<String> copy = new ArrayList<>(candidates);
                Collections.shuffle(copy); // ok: nondeterministic-random -- anonymous step body
                return String.join(",", copy);
            }
        });

        String token = context.waitForCallback("await-token", String.class, (callbackId, step) -> {
            long nonce = new SecureRandom().nextLong(); // ok: nondeterministic-random -- callback submitter runs as a step
            step.getLogger().info("callback " + callbackId + " nonce " + nonce);
        });

        Integer settled = context.waitForCondition("poll-dice", Integer.class, (state, step) -> {
            int dice = ThreadLocalRandom.current().nextInt(1, 7); // ok: nondeterministic-random -- condition check runs as a step
            return dice == 6 ? WaitForConditionResult.stopPolling(dice) : WaitForConditionResult.continuePolling(dice);
        });

        return roll + ":" + pick + ":" + shuffled + ":" + token + ":" + settled;
    }
}
