package cases.nondeterministic_random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: random draws in bodies that receive a DurableContext (child context, map
 * function, parallel branch, withRetry body, helper method) and in lambdas or anonymous
 * classes written in orchestration code. All of them run again on replay.
 */
public class RandomInChildContextMapAndLambdas extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> items, DurableContext context) {
        String child = context.runInChildContext("child-draw", String.class, childCtx -> {
            double sample = Math.random(); // expect: nondeterministic-random
            Integer checkpointed = childCtx.step("child-roll", Integer.class, step -> new Random().nextInt(6)); // ok: nondeterministic-random -- step inside a child context
            return sample + "/" + checkpointed;
        });

        MapResult<String> sampled = context.map("sample-items", items, String.class, (item, index, itemCtx) -> {
            int bucket = ThreadLocalRandom.current().nextInt(4); // expect: nondeterministic-random
            return item + bucket + index;
        });

        ParallelDurableFuture race = context.parallel("race");
        DurableFuture<Double> runner = race.branch("runner-branch", Double.class, branchCtx -> Math.random()); // expect: nondeterministic-random
        race.get();

        Integer retried = context.withRetry("retry-with-jitter", (attempt, retryCtx) -> {
            Random jitter = new Random(); // expect: nondeterministic-random
            return attempt * 100 + jitter.nextInt(100); // ok: nondeterministic-random -- the local Random is reported at its creation
        });

        String labels = items.stream()
                .map(item -> item + Math.random()) // expect: nondeterministic-random
                .collect(Collectors.joining(","));

        List<String> batches = new ArrayList<>();
        items.forEach(new Consumer<String>() {
            @Override
            public void accept(String item) {
                List<String> batch = new ArrayList<>(List.of(item, "extra"));
                Collections.shuffle(batch); // expect: nondeterministic-random
                batches.add(batch.get(0));
            }
        });

        return child + sampled + runner.get() + retried + labels + batches + pickShard(context, items);
    }

    private String pickShard(DurableContext ctx, List<String> items) {
        int shard = new Random().nextInt(items.size()); // expect: nondeterministic-random
        return ctx.step("route-to-shard", String.class, step -> items.get(shard));
    }
}
