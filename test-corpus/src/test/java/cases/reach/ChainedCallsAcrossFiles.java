package cases.reach;

import cases.reach.orders.OrderService;
import cases.reach.time.Clocks;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: replay hazards one, two and four calls down, in other files and packages, reported at
 * the call in the handler where a step would go, with the chain to the offending call; the same
 * helper called inside a step body, and a pure helper, stay silent.
 */
public class ChainedCallsAcrossFiles extends DurableHandler<String, String> {

    private final OrderService orders = new OrderService();

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        long stamped = Clocks.stamp(); // expect: nondeterministic-time
        String reserved = orders.reserve(orderId); // expect: nondeterministic-time
        String deep = orders.reserveDeep(orderId); // expect: nondeterministic-uuid
        int price = orders.price(2); // ok: nondeterministic-time -- a pure helper
        long due = Clocks.plusDays(20_000L, 30); // ok: nondeterministic-time -- a pure method of the same utility class
        String inStep = context.step("reserve-in-step", String.class, s -> orders.reserve(orderId)); // ok: nondeterministic-time -- the helper runs inside a step body
        String today = context.step("today", String.class, s -> Clocks.today()); // ok: nondeterministic-time -- reached only from a step body
        orders.record("reserved " + reserved); // expect: replay-unsafe-logging
        return stamped + reserved + deep + price + due + inStep + today;
    }
}
