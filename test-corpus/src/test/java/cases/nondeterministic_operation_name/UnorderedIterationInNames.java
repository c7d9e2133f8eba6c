package cases.nondeterministic_operation_name;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: operation names taken from the for-each variable of a HashSet, a Map.of key set and a
 * HashMap entry set, whose order can change between the first run and a replay, next to loops over
 * the input's lists and sorted or copied lists of them.
 */
public class UnorderedIterationInNames extends DurableHandler<UnorderedIterationInNames.Order, String> {

    /** The handler input. */
    record Order(String id, List<String> tags, List<String> warehouses, List<String> regions) {}

    @Override
    public String handleRequest(Order order, DurableContext context) {
        Set<String> tags = new HashSet<>(order.tags());
        for (String tag : tags) {
            context.step("tag-" + tag, String.class, s -> tag); // expect: nondeterministic-operation-name, unordered-iteration
        }

        Map<String, Integer> quotas = Map.of("eu", 1, "us", 2);
        for (String region : quotas.keySet()) {
            context.wait("quota-" + region, Duration.ofSeconds(1)); // expect: nondeterministic-operation-name, unordered-iteration
        }

        HashMap<String, String> owners = new HashMap<>();
        owners.put("north", "alice");
        owners.put("south", "bob");
        for (Map.Entry<String, String> owner : owners.entrySet()) {
            context.invoke("assign-" + owner.getKey(), "assign-fn", owner.getValue(), String.class); // expect: nondeterministic-operation-name, unordered-iteration
        }

        for (String tag : order.tags()) {
            context.step("input-tag-" + tag, String.class, s -> tag); // ok: nondeterministic-operation-name -- the input's own List keeps its order
        }

        List<String> sortedWarehouses = order.warehouses().stream().sorted().toList();
        for (String warehouse : sortedWarehouses) {
            context.step("stock-" + warehouse, String.class, s -> warehouse); // ok: nondeterministic-operation-name -- a sorted List of input values
        }

        List<String> regions = List.copyOf(order.regions());
        for (String region : regions) {
            context.wait("limit-" + region, Duration.ofSeconds(1)); // ok: nondeterministic-operation-name -- a List copy keeps the input's order
        }
        return order.id();
    }
}
