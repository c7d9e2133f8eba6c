package software.amazon.awssdk.services.dynamodb;

import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/** Declaration of the AWS SDK v2 DynamoDB client, for the corpus (signatures only). */
public interface DynamoDbClient extends SdkClient {

    static DynamoDbClient create() {
        throw new UnsupportedOperationException("declaration only");
    }

    static DynamoDbClientBuilder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    default PutItemResponse putItem(PutItemRequest putItemRequest) {
        throw new UnsupportedOperationException("declaration only");
    }

    default GetItemResponse getItem(GetItemRequest getItemRequest) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    default String serviceName() {
        return "dynamodb";
    }

    @Override
    default void close() {
        throw new UnsupportedOperationException("declaration only");
    }
}
