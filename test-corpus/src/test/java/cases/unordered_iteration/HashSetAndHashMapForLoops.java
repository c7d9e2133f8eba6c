package cases.unordered_iteration;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: enhanced for loops over a HashSet and over a HashMap's keySet, entrySet and values
 * start one step per element. Hash order can differ between the container that wrote the
 * checkpoints and the one replaying them, so the steps get different positions (and, with
 * element names, different names). Loops that only sum or log, and TreeSet and LinkedHashMap
 * loops, are silent.
 */
public class HashSetAndHashMapForLoops extends DurableHandler<HashSetAndHashMapForLoops.Order, Integer> {

    /** The handler input. */
    public static final class Order {
        private final HashSet<String> tags;
        private final HashMap<String, Integer> quantities;
        private final TreeSet<String> sortedSkus;
        private final LinkedHashMap<String, String> lines;

        public Order(HashSet<String> tags, HashMap<String, Integer> quantities, TreeSet<String> sortedSkus,
                LinkedHashMap<String, String> lines) {
            this.tags = tags;
            this.quantities = quantities;
            this.sortedSkus = sortedSkus;
            this.lines = lines;
        }

        public HashSet<String> getTags() {
            return tags;
        }

        public HashMap<String, Integer> getQuantities() {
            return quantities;
        }

        public TreeSet<String> getSortedSkus() {
            return sortedSkus;
        }

        public LinkedHashMap<String, String> getLines() {
            return lines;
        }
    }

    @Override
    public Integer handleRequest(Order order, DurableContext context) {
        HashSet<String> tags = order.getTags();
        for (String tag : tags) {
            context.step("tag-" + tag, String.class, stepCtx -> "tagged"); // expect: unordered-iteration, nondeterministic-operation-name
        }

        HashMap<String, Integer> quantities = order.getQuantities();
        for (String sku : quantities.keySet()) {
            context.step("reserve-" + sku, Integer.class, stepCtx -> quantities.get(sku)); // expect: unordered-iteration, nondeterministic-operation-name
        }
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            context.wait("restock-pause", Duration.ofSeconds(entry.getValue())); // expect: unordered-iteration, duplicate-operation-name
        }

        int total = 0;
        for (int quantity : quantities.values()) { // ok: unordered-iteration -- sums only, starts no operation
            total += quantity;
        }
        for (String tag : tags) { // ok: unordered-iteration -- logs only, starts no operation
            context.getLogger().info("tag {}", tag);
        }

        TreeSet<String> sortedSkus = order.getSortedSkus();
        for (String sku : sortedSkus) {
            context.step("pick-" + sku, String.class, stepCtx -> "picked"); // ok: unordered-iteration -- a TreeSet iterates in sorted order
        }
        LinkedHashMap<String, String> lines = order.getLines();
        for (String line : lines.keySet()) {
            context.step("line-" + line, String.class, stepCtx -> lines.get(line)); // ok: unordered-iteration -- a LinkedHashMap iterates in insertion order
        }
        for (String note : lines.values()) {
            context.step("note-" + note, String.class, stepCtx -> "noted"); // ok: unordered-iteration -- values() of a LinkedHashMap keep insertion order
        }

        int counted = total;
        return context.step("record-total", Integer.class, stepCtx -> counted);
    }
}
