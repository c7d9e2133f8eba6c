package cases.reach;

import cases.reach.recursion.Assembly;
import cases.reach.recursion.Component;
import cases.reach.recursion.Part;
import cases.reach.recursion.Retries;
import cases.reach.recursion.TreeStamps;
import cases.reach.recursion.TreeStamps.Branch;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: helpers that call themselves (a retry counter, a tree walk) and read the clock in one
 * branch. Each call into them is reported once, with the shortest chain: the call, then the clock
 * read; the recursive calls are not on it. Entered from one call above the walk, the chain passes
 * that call. A composite that recurses through an interface ({@code Assembly.inspectedAt} calls
 * {@code Part.inspectedAt}, which dispatches back to it) is reported at the call through the
 * interface with the shortest chain, straight into the implementation that reads the clock, not
 * once round the assembly first. Recursion with no clock read, and recursion called from a step
 * body, stay silent.
 */
public class RecursiveHelpersReadingTheClock extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        long deadline = Retries.deadlineAfter(0, 100L); // expect: nondeterministic-time
        long waited = Retries.totalDelay(0, 100L); // ok: nondeterministic-time -- pure recursion
        Branch tree = new Branch(input, List.of(new Branch(input + "-a", List.of()), new Branch(input + "-b", List.of())));
        long latest = TreeStamps.latestLeaf(tree); // expect: nondeterministic-time
        String described = TreeStamps.describe(tree); // expect: nondeterministic-time
        Part parts = new Assembly(List.of(new Component(), new Assembly(List.of(new Component()))));
        long inspected = parts.inspectedAt(); // expect: nondeterministic-time
        int nodes = TreeStamps.size(tree); // ok: nondeterministic-time -- pure recursion over the same tree
        String names = context.step("stamp-names", String.class, s -> TreeStamps.stampNames(tree)); // ok: nondeterministic-time -- the recursion runs inside a step body
        Long retried = context.step("deadline", Long.class, s -> Retries.deadlineAfter(0, 100L)); // ok: nondeterministic-time -- inside a step body
        return deadline + ":" + waited + ":" + latest + ":" + described + ":" + inspected + ":" + nodes + ":" + names + ":" + retried;
    }
}
