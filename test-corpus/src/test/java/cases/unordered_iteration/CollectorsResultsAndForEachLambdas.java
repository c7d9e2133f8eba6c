package cases.unordered_iteration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: collections built with Collectors.groupingBy, toSet and toMap are hash-based, and
 * forEach or stream lambdas over them start operations in hash order. The same lambdas over
 * the handler's List and over a TreeSet, and a stream over a set that starts no operation, are
 * silent.
 */
public class CollectorsResultsAndForEachLambdas extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> skus, DurableContext context) {
        Map<String, List<String>> byFamily = skus.stream().collect(Collectors.groupingBy(sku -> sku.substring(0, 2)));
        for (String family : byFamily.keySet()) {
            context.step("family-" + family, Integer.class, stepCtx -> byFamily.get(family).size()); // expect: unordered-iteration, nondeterministic-operation-name
        }

        Set<String> unique = skus.stream().map(String::trim).collect(Collectors.toSet());
        unique.forEach(sku -> context.step("trim-" + sku, String.class, stepCtx -> sku)); // expect: unordered-iteration, nondeterministic-operation-name

        Map<String, Integer> lengths = skus.stream().distinct().collect(Collectors.toMap(sku -> sku, String::length));
        lengths.forEach((sku, length) -> context.step("size-" + sku, Integer.class, stepCtx -> length)); // expect: unordered-iteration, nondeterministic-operation-name

        unique.stream().filter(sku -> !sku.isEmpty()).forEach(sku -> context.stepAsync("warm-" + sku, String.class, stepCtx -> sku)); // expect: unordered-iteration, nondeterministic-operation-name

        skus.forEach(sku -> context.step("list-" + sku, String.class, stepCtx -> sku)); // ok: unordered-iteration -- forEach over the handler's List
        TreeSet<String> sorted = new TreeSet<>(skus);
        sorted.forEach(sku -> context.step("sorted-" + sku, String.class, stepCtx -> sku)); // ok: unordered-iteration -- a TreeSet iterates in sorted order
        long longOnes = unique.stream().filter(sku -> sku.length() > 8).count(); // ok: unordered-iteration -- a stream over a set that starts no operation

        return context.step("count-families", String.class, stepCtx -> byFamily.size() + "/" + longOnes);
    }
}
