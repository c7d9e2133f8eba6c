package cases.unordered_iteration;

import java.util.Map;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: the handler input is declared only as a Map, and no allocation is visible (the
 * runtime deserialises it, typically into an insertion-ordered map). The analyzer cannot judge
 * its iteration order, so loops, forEach lambdas and map() over it and its views stay silent
 * rather than guess.
 */
public class InterfaceTypedInputWithoutAllocationIsSilent extends DurableHandler<Map<String, Integer>, Integer> {

    @Override
    public Integer handleRequest(Map<String, Integer> quantities, DurableContext context) {
        for (String sku : quantities.keySet()) {
            context.step("reserve-" + sku, Integer.class, stepCtx -> quantities.get(sku)); // ok: unordered-iteration -- declared as Map, allocation not visible
        }

        quantities.forEach((sku, quantity) -> context.step("confirm-" + sku, Integer.class, stepCtx -> quantity)); // ok: unordered-iteration -- declared as Map, allocation not visible

        quantities.keySet().forEach(sku -> context.step("bill-" + sku, String.class, stepCtx -> "billed")); // ok: unordered-iteration -- the keySet of a Map whose allocation is not visible

        MapResult<Integer> verified = context.map("verify-skus", quantities.keySet(), Integer.class, (sku, index, itemCtx) -> // ok: unordered-iteration -- keySet of a Map whose allocation is not visible
                itemCtx.step("verify-" + index, Integer.class, stepCtx -> quantities.get(sku)));

        return verified.size();
    }
}
