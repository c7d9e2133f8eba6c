package cases.unverified_operation_name;

import java.time.Duration;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.ParallelDurableFuture;

/**
 * Scenario: operation names built from final handler fields that a constructor copies from its
 * parameters, whose values depend on how the handler was constructed, next to names built from
 * static final constants.
 */
public class ConstructorInjectedFieldNames extends DurableHandler<String, String> {

    private static final String SERVICE = "billing";
    private static final int SHARDS = 2;

    /** Supplies names for the mirror branches; injected for tests. */
    interface NameSource {
        String mirrorName(String invoiceId);
    }

    private final String stage;
    private final NameSource names;

    public ConstructorInjectedFieldNames() {
        this("prod", invoiceId -> "mirror-" + invoiceId);
    }

    public ConstructorInjectedFieldNames(String stage, NameSource names) {
        this.stage = stage;
        this.names = names;
    }

    @Override
    public String handleRequest(String invoiceId, DurableContext context) {
        String loaded = context.step("load-" + stage, String.class, s -> invoiceId); // expect: unverified-operation-name
        String checked = context.step(SERVICE + "-check-" + invoiceId, String.class, s -> loaded); // ok: unverified-operation-name -- a static final constant and the handler input

        String archived = context.runInChildContext(stage + "-archive", String.class, child -> { // expect: unverified-operation-name
            child.wait(SERVICE + "-archive-delay", Duration.ofSeconds(1)); // ok: unverified-operation-name -- a static final constant
            return child.step("archive-write", String.class, s -> checked);
        });

        String published = context.withRetry(String.format("publish-%s", stage), (attempt, retryCtx) -> // expect: unverified-operation-name
                retryCtx.step("publish-try-" + attempt, String.class, s -> archived)); // ok: unverified-operation-name -- the withRetry attempt parameter

        try (ParallelDurableFuture mirrors = context.parallel("mirrors")) {
            mirrors.branch(names.mirrorName(invoiceId), String.class, b -> b.step("mirror-copy", String.class, s -> "copied")); // expect: unverified-operation-name
            mirrors.branch("shards-" + SHARDS, String.class, b -> b.step("shard-copy", String.class, s -> "copied")); // ok: unverified-operation-name -- a static final int constant
        }
        return published;
    }
}
