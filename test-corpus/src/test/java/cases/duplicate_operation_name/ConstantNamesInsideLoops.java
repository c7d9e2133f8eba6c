package cases.duplicate_operation_name;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: operations with constant names inside for, enhanced-for, while, do-while and forEach
 * loops give every iteration the same name, so each such call is reported, while loop operations
 * whose names include the loop variable are not.
 */
public class ConstantNamesInsideLoops extends DurableHandler<ConstantNamesInsideLoops.Order, Integer> {

    private static final String POLL = "poll-status";

    /** The handler input. */
    record Order(String id, List<String> lines, List<String> tags) {}

    @Override
    public Integer handleRequest(Order order, DurableContext context) {
        for (String line : order.lines()) {
            context.step("process-line", String.class, s -> line); // expect: duplicate-operation-name
            context.step("line-" + line, String.class, s -> line); // ok: duplicate-operation-name -- the name includes the loop variable
        }

        for (int i = 0; i < 3; i++) {
            context.wait("cool-down", Duration.ofSeconds(1)); // expect: duplicate-operation-name
            context.wait("cool-down-" + i, Duration.ofSeconds(1)); // ok: duplicate-operation-name -- the name includes the loop counter
            context.step(String.format("chunk-%d", i), String.class, s -> "chunked"); // ok: duplicate-operation-name -- String.format of the loop counter
        }

        int polls = 0;
        String status = "pending";
        while (!"done".equals(status) && polls < 5) {
            status = context.step(POLL, String.class, s -> "done"); // expect: duplicate-operation-name
            polls++;
        }

        int attempts = 0;
        do {
            context // expect: duplicate-operation-name
                    .invoke("ping", "pinger", order.id(), String.class);
            attempts++;
        } while (attempts < 2);

        order.lines().forEach(line -> context.step("each-line", String.class, s -> line)); // expect: duplicate-operation-name

        for (String tag : new HashSet<>(order.tags())) {
            context.step("tag-audit", String.class, s -> tag); // expect: duplicate-operation-name, unordered-iteration
        }

        context.step("summary", String.class, s -> order.id()); // ok: duplicate-operation-name -- after the loops, used once
        return polls + attempts;
    }
}
