package cases.nondeterministic_uuid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.MapFunction;
import software.amazon.lambda.durable.ParallelDurableFuture;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: UUIDs minted in code that receives a DurableContext (child context, map
 * function as a lambda and as an anonymous MapFunction, parallel branch, withRetry body,
 * helper method) and in lambdas or anonymous classes written in orchestration code.
 */
public class UuidInChildContextMapAndLambdas extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> items, DurableContext context) {
        String child = context.runInChildContext("child-ids", String.class, childCtx -> {
            String childKey = UUID.randomUUID().toString(); // expect: nondeterministic-uuid
            String stored = childCtx.step("store-child", String.class, step -> childKey + UUID.randomUUID()); // ok: nondeterministic-uuid -- step inside a child context
            return stored;
        });

        MapResult<String> tagged = context.map("tag-items", items, String.class, (item, index, itemCtx) -> item + "#" + UUID.randomUUID()); // expect: nondeterministic-uuid

        MapResult<String> labelled = context.map("label-items", items, String.class, new MapFunction<String, String>() {
            @Override
            public String apply(String item, int index, DurableContext itemCtx) {
                return item + "@" + UUID.randomUUID(); // expect: nondeterministic-uuid
            }
        });

        String branchResult;
        try (ParallelDurableFuture fanOut = context.parallel("fan-out-ids")) {
            DurableFuture<String> branch = fanOut.branch("id-branch", String.class, branchCtx -> {
                UUID branchId = UUID.randomUUID(); // expect: nondeterministic-uuid
                return branchId.toString();
            });
            branchResult = branch.get();
        }

        String retried = context.withRetry("submit-with-retry", (attempt, retryCtx) -> {
            String attemptKey = attempt + "-" + UUID.randomUUID(); // expect: nondeterministic-uuid
            return retryCtx.step("submit-attempt", String.class, step -> attemptKey);
        });

        List<String> keyed = new ArrayList<>();
        items.forEach(item -> keyed.add(item + UUID.randomUUID())); // expect: nondeterministic-uuid

        String joined = items.stream()
                .map(item -> UUID.randomUUID().toString()) // expect: nondeterministic-uuid
                .collect(Collectors.joining(","));

        String fallback = Optional.<String>empty().orElseGet(new Supplier<String>() {
            @Override
            public String get() {
                return UUID.randomUUID().toString(); // expect: nondeterministic-uuid
            }
        });

        return child + tagged + labelled + branchResult + retried + keyed + joined + fallback + newKey(context);
    }

    private String newKey(DurableContext ctx) {
        return "key-" + UUID.randomUUID(); // expect: nondeterministic-uuid
    }
}
