package cases.nondeterministic_operation_name;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: operation names read from mutable static fields and from a handler instance field
 * written in handleRequest, whose value on replay depends on what the container did before, next
 * to constants that are safe.
 */
public class MutableFieldsInNames extends DurableHandler<String, String> {

    private static final String STAGE = "ingest";
    private static String deployment = "blue";
    private String lastTenant;

    /** Process-wide settings switched by an operator endpoint. */
    static final class Settings {
        static String region = "eu-west-1";
        static final String QUEUE = "orders";

        static void switchRegion(String next) {
            region = next;
        }
    }

    /** Called by the blue/green switch, never by handleRequest. */
    public static void switchDeployment(String next) {
        deployment = next;
    }

    @Override
    public String handleRequest(String tenant, DurableContext context) {
        String first = context.step("load-" + deployment, String.class, s -> tenant); // expect: nondeterministic-operation-name, shared-mutable-state

        String previous = "compare-" + lastTenant; // expect: shared-mutable-state
        String compared = context.step(previous, String.class, s -> first); // expect: nondeterministic-operation-name
        lastTenant = tenant; // expect: shared-mutable-state

        String regionName = String.join("-", "replicate", Settings.region); // expect: shared-mutable-state
        context.wait(regionName, Duration.ofSeconds(2)); // expect: nondeterministic-operation-name

        String staged = context.step(STAGE + "-" + tenant, String.class, s -> compared); // ok: nondeterministic-operation-name -- a static final constant and the handler input
        String queued = context.step("enqueue-" + Settings.QUEUE, String.class, s -> staged); // ok: nondeterministic-operation-name -- a static final constant of another class
        String snapshot = deployment; // expect: shared-mutable-state
        context.step("snapshot", String.class, s -> snapshot + queued); // ok: nondeterministic-operation-name -- the field is only captured by the step body, the name is a literal
        return queued;
    }
}
