package cases.side_effect_outside_step;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.WaitForConditionResult;

/**
 * Scenario: AWS SDK v2 client calls made in handleRequest, in a helper taking the context, and
 * in forEach and stream lambdas written in handleRequest. All of them are orchestration code,
 * so every client call repeats on replay; creating the client in a field or constructor and
 * building requests is silent.
 */
public class DynamoDbClientCallsInLambdas extends DurableHandler<List<String>, Long> {

    private final DynamoDbClient dynamo = DynamoDbClient.create(); // ok: side-effect-outside-step -- a field initialiser is not orchestration code
    private final DynamoDbClient auditTable;

    public DynamoDbClientCallsInLambdas() {
        this.auditTable = DynamoDbClient.builder().build(); // ok: side-effect-outside-step -- a constructor is not orchestration code
    }

    @Override
    public Long handleRequest(List<String> orderIds, DurableContext context) {
        PutItemRequest started = PutItemRequest.builder().tableName("runs").build(); // ok: side-effect-outside-step -- building a request calls nothing
        dynamo.putItem(started); // expect: side-effect-outside-step

        orderIds.forEach(id -> dynamo.putItem(PutItemRequest.builder().tableName(id).build())); // expect: side-effect-outside-step

        long found = orderIds.stream()
                .map(id -> GetItemRequest.builder().tableName(id).build()) // ok: side-effect-outside-step -- building a request calls nothing
                .map(request -> dynamo.getItem(request)) // expect: side-effect-outside-step
                .filter(response -> response != null)
                .count();

        markStarted(context, dynamo); // ok: side-effect-outside-step -- the client call is reported inside the helper

        var audit = auditTable;
        audit.putItem(software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder().tableName("audit").build()); // expect: side-effect-outside-step

        String callbackResult = context.waitForCallback("await-approval", String.class, (callbackId, stepCtx) ->
                dynamo.putItem(PutItemRequest.builder().tableName(callbackId).build())); // ok: side-effect-outside-step -- inside a waitForCallback submitter

        Integer polls = context.waitForCondition("await-table-ready", Integer.class, (state, stepCtx) -> {
            dynamo.getItem(GetItemRequest.builder().tableName("status").build()); // ok: side-effect-outside-step -- inside a waitForCondition check function
            return WaitForConditionResult.stopPolling(state == null ? 1 : state + 1);
        });

        Long saved = context.step("save-summary", Long.class, stepCtx -> {
            dynamo.putItem(PutItemRequest.builder().tableName("summary").build()); // ok: side-effect-outside-step -- inside a step body
            return found;
        });
        return saved + callbackResult.length() + polls;
    }

    private static void markStarted(DurableContext context, DynamoDbClient client) {
        context.getLogger().info("marking run started");
        client.putItem(PutItemRequest.builder().tableName("started").build()); // expect: side-effect-outside-step
    }
}
