package cases.unordered_iteration;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: locals declared as Set or Map are judged by what they were created with: a
 * HashSet, HashMap, IdentityHashMap, Set.of or Map.of iterates in an order that can differ on
 * replay, a LinkedHashSet or TreeMap does not. A declared ConcurrentHashMap is unordered by
 * its type alone.
 */
public class AllocationSiteJudgesInterfaceTypedLocals extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> regions, DurableContext context) {
        Set<String> unique = new HashSet<>(regions);
        for (String region : unique) {
            context.step("open-" + region, String.class, stepCtx -> "opened"); // expect: unordered-iteration, nondeterministic-operation-name
        }

        Map<String, Integer> limits = new HashMap<>();
        limits.put("north", 3);
        limits.put("south", 5);
        for (String region : limits.keySet()) {
            context.step("limit-" + region, Integer.class, stepCtx -> limits.get(region)); // expect: unordered-iteration, nondeterministic-operation-name
        }

        Set<String> channels = Set.of("email", "sms", "push");
        for (String channel : channels) {
            context.step("notify-" + channel, String.class, stepCtx -> "notified"); // expect: unordered-iteration, nondeterministic-operation-name
        }

        Map<String, String> owners = Map.of("north", "ana", "south", "ben");
        for (String owner : owners.values()) {
            context.step("owner-" + owner, String.class, stepCtx -> "assigned"); // expect: unordered-iteration, nondeterministic-operation-name
        }

        Map<String, String> aliases = new IdentityHashMap<>();
        aliases.put("n", "north");
        for (String alias : aliases.keySet()) {
            context.step("alias-" + alias, String.class, stepCtx -> aliases.get(alias)); // expect: unordered-iteration, nondeterministic-operation-name
        }

        ConcurrentHashMap<String, Integer> live = new ConcurrentHashMap<>(limits);
        for (String region : live.keySet()) {
            context.step("live-" + region, Integer.class, stepCtx -> live.get(region)); // expect: unordered-iteration, nondeterministic-operation-name
        }

        Set<String> ordered = new LinkedHashSet<>(regions);
        for (String region : ordered) {
            context.step("close-" + region, String.class, stepCtx -> "closed"); // ok: unordered-iteration -- allocated as a LinkedHashSet, insertion order
        }

        Map<String, Integer> sorted = new TreeMap<>();
        sorted.put("west", 6);
        sorted.put("east", 2);
        int sum = 0;
        for (String region : sorted.keySet()) {
            context.step("report-" + region, Integer.class, stepCtx -> sorted.get(region)); // ok: unordered-iteration -- allocated as a TreeMap, sorted order
        }
        for (int limit : limits.values()) { // ok: unordered-iteration -- sums only, starts no operation
            sum += limit;
        }

        int capacity = sum;
        return context.step("capacity", String.class, stepCtx -> "capacity-" + capacity);
    }
}
