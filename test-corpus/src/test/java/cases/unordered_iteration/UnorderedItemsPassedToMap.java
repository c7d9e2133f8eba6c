package cases.unordered_iteration;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableFuture;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: map() gives each item a position by iteration order, and the SDK rejects unordered
 * collections at run time ("items must have deterministic iteration order"). A HashSet, a
 * HashMap's keySet, a Set.of and a Map.of's values are reported at the map call; a List, a
 * LinkedHashSet, a TreeSet, an EnumSet and an ArrayDeque are silent.
 */
public class UnorderedItemsPassedToMap extends DurableHandler<List<String>, Integer> {

    enum Carrier { POST, COURIER, PICKUP }

    @Override
    public Integer handleRequest(List<String> regions, DurableContext context) {
        Set<String> unique = new HashSet<>(regions);
        MapResult<String> opened = context.map("open-regions", unique, String.class, (region, index, itemCtx) -> // expect: unordered-iteration
                itemCtx.step("open-" + index, String.class, stepCtx -> "opened-" + region));

        HashMap<String, Integer> stock = new HashMap<>();
        stock.put("north", 4);
        MapResult<Integer> counted = context.map("count-stock", stock.keySet(), Integer.class, (region, index, itemCtx) -> // expect: unordered-iteration
                itemCtx.step("count-" + index, Integer.class, stepCtx -> 1));

        MapResult<String> notified = context.map("notify-channels", Set.of("email", "sms"), String.class, (channel, index, itemCtx) -> // expect: unordered-iteration
                itemCtx.step("notify-" + index, String.class, stepCtx -> "sent-" + channel));

        Map<String, String> owners = Map.of("north", "ana", "south", "ben");
        DurableFuture<MapResult<String>> assigned = context.mapAsync("assign-owners", owners.values(), String.class, (owner, index, itemCtx) -> // expect: unordered-iteration
                itemCtx.step("assign-" + index, String.class, stepCtx -> "assigned-" + owner));

        MapResult<String> listed = context.map("list-regions", regions, String.class, (region, index, itemCtx) -> // ok: unordered-iteration -- a List keeps its order
                itemCtx.step("list-" + index, String.class, stepCtx -> region));

        Set<String> ordered = new LinkedHashSet<>(regions);
        MapResult<String> closed = context.map("close-regions", ordered, String.class, (region, index, itemCtx) -> // ok: unordered-iteration -- allocated as a LinkedHashSet
                itemCtx.step("close-" + index, String.class, stepCtx -> region));

        TreeSet<String> sorted = new TreeSet<>(regions);
        MapResult<String> reported = context.map("report-regions", sorted, String.class, (region, index, itemCtx) -> // ok: unordered-iteration -- a TreeSet is sorted
                itemCtx.step("report-" + index, String.class, stepCtx -> region));

        EnumSet<Carrier> carriers = EnumSet.allOf(Carrier.class);
        MapResult<String> booked = context.map("book-carriers", carriers, String.class, (carrier, index, itemCtx) -> // ok: unordered-iteration -- an EnumSet iterates in declaration order
                itemCtx.step("book-" + index, String.class, stepCtx -> "booked"));

        ArrayDeque<String> queue = new ArrayDeque<>(regions);
        MapResult<String> drained = context.map("drain-queue", queue, String.class, (region, index, itemCtx) -> // ok: unordered-iteration -- an ArrayDeque keeps its order
                itemCtx.step("drain-" + index, String.class, stepCtx -> region));

        return opened.size() + counted.size() + notified.size() + assigned.get().size() + listed.size()
                + closed.size() + reported.size() + booked.size() + drained.size();
    }
}
