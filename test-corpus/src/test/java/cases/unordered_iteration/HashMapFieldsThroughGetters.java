package cases.unordered_iteration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: the handler reaches a cart's maps through another object: a getter whose whole body
 * returns a private field that is only ever allocated as a HashMap, and a final field allocated as
 * a HashMap. Steps started per key, and names built from the keys, follow hash order, and map()
 * rejects the keySet at run time. A getter that a subclass overrides, and a getter of a field that
 * a setter replaces with a caller's map, are silent: what they return is not in sight.
 */
public class HashMapFieldsThroughGetters extends DurableHandler<List<String>, Integer> {

    /** An order's lines by SKU. */
    static class Cart {
        final Map<String, Integer> holds = new HashMap<>();
        private final Map<String, Integer> items = new HashMap<>();
        private Map<String, Integer> discounts = new HashMap<>();

        Map<String, Integer> getItems() {
            return this.items;
        }

        Map<String, Integer> getDiscounts() {
            return discounts;
        }

        void setDiscounts(Map<String, Integer> given) {
            discounts = given;
        }

        Map<String, Integer> getReturns() {
            return items;
        }
    }

    /** Keeps its returns sorted by SKU. */
    static final class SortedCart extends Cart {
        private final Map<String, Integer> returns = new TreeMap<>();

        @Override
        Map<String, Integer> getReturns() {
            return returns;
        }
    }

    @Override
    public Integer handleRequest(List<String> skus, DurableContext context) {
        Cart cart = skus.isEmpty() ? new SortedCart() : new Cart();
        int reserved = 0;
        for (String sku : cart.getItems().keySet()) {
            reserved += context.step("reserve-" + sku, Integer.class, stepCtx -> 1); // expect: unordered-iteration, nondeterministic-operation-name
        }

        cart.getItems().forEach((sku, quantity) -> context.step("price-" + sku, Integer.class, stepCtx -> quantity)); // expect: unordered-iteration, nondeterministic-operation-name

        MapResult<Integer> packed = context.map("pack-lines", cart.getItems().keySet(), Integer.class, (sku, index, itemCtx) -> // expect: unordered-iteration
                itemCtx.step("pack-" + index, Integer.class, stepCtx -> 1));

        for (Map.Entry<String, Integer> hold : cart.holds.entrySet()) {
            reserved += context.step("hold-" + hold.getKey(), Integer.class, stepCtx -> hold.getValue()); // expect: unordered-iteration, nondeterministic-operation-name
        }

        for (String sku : cart.getDiscounts().keySet()) {
            reserved += context.step("discount-" + sku, Integer.class, stepCtx -> 1); // ok: unordered-iteration -- setDiscounts gives the field a caller's map
        }

        for (String sku : cart.getReturns().keySet()) {
            reserved += context.step("return-" + sku, Integer.class, stepCtx -> 1); // ok: unordered-iteration -- SortedCart overrides getReturns with a TreeMap
        }
        return reserved + packed.size();
    }
}
