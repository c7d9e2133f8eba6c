package cases.side_effect_outside_step;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: an AWS SDK client reached through generic holders, without a classpath: a
 * {@code Supplier<DynamoDbClient>} registry, a map of clients by region, an {@code Optional}, a list,
 * and lambda parameters typed by them. The type arguments written in the declarations say what
 * {@code get()} returns and what a lambda receives, so each call on the client is found. The same
 * calls inside a step body, and a holder of plain strings, stay silent.
 */
public class ClientsBehindGenericHolders extends DurableHandler<String, String> {

    private final Supplier<DynamoDbClient> registry = DynamoDbClient::create;
    private final Map<String, DynamoDbClient> byRegion = Map.of("eu", DynamoDbClient.create());
    private final Supplier<String> tableName = () -> "orders";

    @Override
    public String handleRequest(String orderId, DurableContext context) {
        PutItemRequest request = PutItemRequest.builder().tableName(tableName.get()).build(); // ok: side-effect-outside-step -- a Supplier<String> gives a String
        registry.get().putItem(request); // expect: side-effect-outside-step
        byRegion.get("eu").putItem(request); // expect: side-effect-outside-step
        Optional<DynamoDbClient> maybe = Optional.of(registry.get());
        maybe.ifPresent(client -> client.putItem(request)); // expect: side-effect-outside-step
        List<DynamoDbClient> clients = List.copyOf(byRegion.values());
        clients.forEach(c -> c.putItem(request)); // expect: side-effect-outside-step
        byRegion.forEach((region, client) -> client.putItem(request)); // expect: side-effect-outside-step
        String saved = context.step("save", String.class, s -> {
            registry.get().putItem(request); // ok: side-effect-outside-step -- inside a step body
            return orderId;
        });
        return saved;
    }
}
