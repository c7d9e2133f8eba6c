package cases.parent_context_in_child;

import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: children nested in a child. Inside the inner bodies, the outer child's context is
 * a parent context just like the handler's: a nested child, a parallel branch and a map
 * function opened by the outer child must use their own parameters. The outer child using its
 * own context between the nested bodies is silent.
 */
public class OuterChildContextInNestedChildren extends DurableHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> items, DurableContext context) {
        return context.runInChildContext("fulfil", String.class, outer -> {
            String picked = outer.runInChildContext("pick", String.class, inner -> {
                String bin = inner.step("find-bin", String.class, stepCtx -> "bin-4"); // ok: parent-context-in-child -- the nested child's own context
                String slot = outer.step("reserve-slot", String.class, stepCtx -> "slot-2"); // expect: parent-context-in-child
                String lane = context.step("reserve-lane", String.class, stepCtx -> "lane-9"); // expect: parent-context-in-child
                return bin + slot + lane;
            });

            String packed = outer.step("pack", String.class, stepCtx -> "packed-" + picked); // ok: parent-context-in-child -- the outer child's own context, outside the nested child

            String labels;
            try (var fan = outer.parallel("label-fan")) {
                var front = fan.branch("label-front", String.class, frontCtx -> outer.step("print-front", String.class, stepCtx -> "front")); // expect: parent-context-in-child
                var back = fan.branch("label-back", String.class, backCtx -> backCtx.step("print-back", String.class, stepCtx -> "back")); // ok: parent-context-in-child -- the branch's own context
                labels = front.get() + back.get();
            }

            MapResult<String> checked = outer.map("check-items", items, String.class,
                    (item, index, itemCtx) -> outer.step("check-" + index, String.class, stepCtx -> "ok-" + item)); // expect: parent-context-in-child

            return packed + labels + checked.size();
        });
    }
}
