package cases.replay_unsafe_logging;

import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: System.out, System.err and printStackTrace in a helper that takes the
 * DurableContext. The helper is orchestration code, so each print repeats on replay and is
 * reported inside it; formatting a message without printing it is silent.
 */
public class SystemOutInHelperWithContext extends DurableHandler<List<String>, Integer> {

    @Override
    public Integer handleRequest(List<String> lines, DurableContext context) {
        Integer total = context.step("sum-lines", Integer.class, stepCtx -> {
            System.out.println("summing " + lines.size() + " lines"); // ok: replay-unsafe-logging -- inside a step body
            return lines.size();
        });
        report(context, lines, total);
        return total;
    }

    private static void report(DurableContext context, List<String> lines, int total) {
        String message = String.format("%d lines, total %d", lines.size(), total); // ok: replay-unsafe-logging -- formatting a string prints nothing
        String block = message + System.lineSeparator(); // ok: replay-unsafe-logging -- System.lineSeparator is not System.out
        System.out.println(message); // expect: replay-unsafe-logging
        System.err.printf("total=%d%n", total); // expect: replay-unsafe-logging
        java.lang.System.out.print(block); // expect: replay-unsafe-logging
        lines.forEach(line -> System.out.println(line)); // expect: replay-unsafe-logging
        context.getLogger().warn("report {}", message); // ok: replay-unsafe-logging -- DurableLogger suppresses replayed lines
        try {
            Integer.parseInt(lines.get(0));
        } catch (NumberFormatException e) {
            e.printStackTrace(); // expect: replay-unsafe-logging
            context.getLogger().error("bad first line", e); // ok: replay-unsafe-logging -- DurableLogger suppresses replayed lines
        }
    }
}
