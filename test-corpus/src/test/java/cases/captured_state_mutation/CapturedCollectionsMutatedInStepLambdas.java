package cases.captured_state_mutation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: step lambdas fill, reorder and drain collections declared in handleRequest (and the
 * handler input list itself). Replay skips the step bodies and returns their checkpointed
 * results, so on every replay those collections stay as orchestration code left them: the
 * reservations and prices the steps "recorded" are gone. Collections created inside a body,
 * reads of captured collections and mutation in orchestration code are silent.
 */
public class CapturedCollectionsMutatedInStepLambdas extends DurableHandler<List<String>, Integer> {

    @Override
    public Integer handleRequest(List<String> skus, DurableContext context) {
        List<String> reserved = new ArrayList<>();
        Map<String, Integer> prices = new HashMap<>();
        Set<String> pending = new TreeSet<>(skus);
        ArrayDeque<String> audit = new ArrayDeque<>();

        String reservation = context.step("reserve-skus", String.class, stepCtx -> {
            reserved.addAll(skus); // expect: captured-state-mutation
            skus.forEach(sku -> reserved.add(sku + "-spare")); // expect: captured-state-mutation
            reserved.sort(Comparator.naturalOrder()); // expect: captured-state-mutation
            return "reserved-" + skus.size();
        });

        Integer priced = context.step("price-skus", Integer.class, stepCtx -> {
            prices.put("base", 100); // expect: captured-state-mutation
            prices.merge("base", 5, Integer::sum); // expect: captured-state-mutation
            prices.computeIfAbsent("shipping", key -> 7); // expect: captured-state-mutation
            return prices.size(); // ok: captured-state-mutation -- size() only reads the captured map
        });

        Boolean dropped = context.step("settle-pending", Boolean.class, stepCtx -> pending.remove("gift-card")); // expect: captured-state-mutation
        Boolean trimmed = context.step("trim-input", Boolean.class, stepCtx -> skus.removeIf(String::isBlank)); // expect: captured-state-mutation

        String trail = context.step("audit-trail", String.class, stepCtx -> {
            audit.push("audited"); // expect: captured-state-mutation
            List<String> lines = new ArrayList<>();
            lines.add("header"); // ok: captured-state-mutation -- the list is created inside the step body
            lines.addAll(reserved); // ok: captured-state-mutation -- reserved is only read; the receiver is local
            boolean known = reserved.contains("header"); // ok: captured-state-mutation -- contains() reads
            long wide = reserved.stream().filter(s -> s.length() > 8).count(); // ok: captured-state-mutation -- stream() reads
            return String.join(",", lines) + known + wide;
        });

        Integer base = context.step("read-base-price", Integer.class, stepCtx -> prices.get("base")); // ok: captured-state-mutation -- map.get reads
        reserved.add(reservation); // ok: captured-state-mutation -- orchestration code, not a step body
        prices.put("base-read", base); // ok: captured-state-mutation -- orchestration code runs again on every replay
        return reserved.size() + priced + (dropped ? 1 : 0) + (trimmed ? 1 : 0) + trail.length();
    }
}
