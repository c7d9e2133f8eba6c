package cases.reach;

import java.time.Instant;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: recursion and mutual recursion terminate; method references and constructors are
 * followed; a helper that takes the DurableContext is orchestration code itself, so its hazard is
 * reported inside it and not again where it is called.
 */
public class RecursionMethodReferencesAndConstructors extends DurableHandler<List<String>, String> {

    /** Pure recursion: nothing to report, and the analysis must terminate. */
    static int depth(int n) {
        return n <= 0 ? 0 : 1 + depth(n - 1);
    }

    static long ping(int n) {
        return n <= 0 ? System.nanoTime() : pong(n - 1); // sink: nondeterministic-time
    }

    static long pong(int n) {
        return ping(n - 1); // hop
    }

    /** Reads the clock when it is created. */
    static final class Stopwatch {
        private final long started = System.nanoTime(); // sink: nondeterministic-time

        long started() {
            return started;
        }
    }

    private void announce(String orderId) {
        System.out.println("processing " + orderId); // sink: replay-unsafe-logging
    }

    private String stampWith(DurableContext ctx) {
        return "at-" + Instant.now(); // expect: nondeterministic-time
    }

    @Override
    public String handleRequest(List<String> orderIds, DurableContext context) {
        int levels = depth(5); // ok: nondeterministic-time -- pure recursion
        long viaPing = ping(3); // expect: nondeterministic-time
        long viaPong = pong(2); // expect: nondeterministic-time
        Stopwatch watch = new Stopwatch(); // expect: nondeterministic-time
        orderIds.forEach(this::announce); // expect: replay-unsafe-logging
        String stamped = stampWith(context); // ok: nondeterministic-time -- the helper takes the context; reported inside it
        return levels + ":" + viaPing + ":" + viaPong + ":" + watch.started() + stamped;
    }
}
