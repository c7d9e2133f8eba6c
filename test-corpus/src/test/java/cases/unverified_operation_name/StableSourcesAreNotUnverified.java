package cases.unverified_operation_name;

import java.time.Duration;
import java.util.List;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: every source the analyzer can prove stable (getters on the handler input, enum
 * constants, loop counters, list elements, map item and index parameters, durable results) stays
 * silent, while the same shapes inside a helper that receives the value as a parameter are only
 * unverified.
 */
public class StableSourcesAreNotUnverified extends DurableHandler<StableSourcesAreNotUnverified.Request, String> {

    /** Pipeline stages, in order. */
    enum Stage { FETCH, SCORE }

    /** The handler input, a Java bean. */
    static final class Request {
        private final String batchId;
        private final List<String> accounts;

        Request(String batchId, List<String> accounts) {
            this.batchId = batchId;
            this.accounts = accounts;
        }

        public String getBatchId() {
            return batchId;
        }

        public List<String> getAccounts() {
            return accounts;
        }
    }

    @Override
    public String handleRequest(Request request, DurableContext context) {
        String fetched = context.step("fetch-" + request.getBatchId(), String.class, s -> "fetched"); // ok: unverified-operation-name -- a getter on the handler input
        context.wait("stage-" + Stage.FETCH, Duration.ofSeconds(1)); // ok: unverified-operation-name -- an enum constant

        MapResult<String> scored = context.map("score-accounts", request.getAccounts(), String.class, (account, index, itemCtx) -> {
            String score = itemCtx.step("score-" + index, String.class, s -> account); // ok: unverified-operation-name -- the map index parameter
            return itemCtx.step("item-" + account, String.class, s -> score); // ok: unverified-operation-name -- the map item parameter
        });

        for (int round = 0; round < 2; round++) {
            context.step(String.format("round-%d-%s", round, Stage.SCORE), String.class, s -> fetched); // ok: unverified-operation-name -- a loop counter and an enum constant
        }
        for (String account : request.getAccounts()) {
            context.step("close-" + account, String.class, s -> account); // ok: unverified-operation-name -- a for-each variable over the input's list
        }

        String token = context.step("issue-token", String.class, s -> "token");
        String confirmed = context.invoke("confirm-" + token, "confirmer", token, String.class); // ok: unverified-operation-name -- the result of a durable operation
        return confirmed + scored.size() + settle(context, token);
    }

    private String settle(DurableContext context, String token) {
        return context.step("settle-" + token, String.class, s -> "settled"); // ok: unverified-operation-name -- every call of this helper in the file passes a stable value
    }
}
