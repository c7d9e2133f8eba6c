package cases.duplicate_operation_name;

import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: the same constant name in if/else arms, switch cases, ternary arms, after an early-
 * returning if, on a parent and a child context and in two different methods never runs twice on
 * one context in one execution, so nothing is reported.
 */
public class ExclusiveBranchesAndChildContextsAreSilent extends DurableHandler<ExclusiveBranchesAndChildContextsAreSilent.Order, String> {

    /** The handler input. */
    record Order(String id, boolean express, boolean cancelled, String tier) {}

    @Override
    public String handleRequest(Order order, DurableContext context) {
        if (order.cancelled()) {
            context.step("refund", String.class, s -> order.id());
            return "cancelled";
        }
        String refunded = context.step("refund", String.class, s -> "none"); // ok: duplicate-operation-name -- the earlier "refund" returns before reaching this one

        String shipped;
        if (order.express()) {
            shipped = context.step("ship", String.class, s -> "express");
        } else {
            shipped = context.step("ship", String.class, s -> "ground"); // ok: duplicate-operation-name -- the else arm excludes the if arm
        }

        switch (order.tier()) {
            case "gold" -> context.step("reward", String.class, s -> "gold");
            case "silver" -> context.step("reward", String.class, s -> "silver"); // ok: duplicate-operation-name -- a different switch case
            default -> context.step("no-reward", String.class, s -> "none");
        }

        String price = order.express()
                ? context.step("price", String.class, s -> "high")
                : context.step("price", String.class, s -> "low"); // ok: duplicate-operation-name -- the other arm of the ternary

        String loaded = context.step("load", String.class, s -> order.id());
        String childLoaded = context.runInChildContext("reload", String.class, child -> child.step("load", String.class, s -> loaded)); // ok: duplicate-operation-name -- the child context has its own names
        String otherChild = context.runInChildContext("reload-again", String.class, child -> child.step("load", String.class, s -> childLoaded)); // ok: duplicate-operation-name -- another child context

        return refunded + shipped + price + otherChild + archive(context);
    }

    private String archive(DurableContext context) {
        return context.step("load", String.class, s -> "archived"); // ok: duplicate-operation-name -- the same name in a different method
    }
}
