package software.amazon.awssdk.services.dynamodb.model;

/** Declaration of the AWS SDK v2 DynamoDB `PutItemRequest`, for the corpus (signatures only). */
public final class PutItemRequest {

    private PutItemRequest() {
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String tableName() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Builder of a `PutItemRequest`. */
    public interface Builder {

        Builder tableName(String tableName);

        PutItemRequest build();
    }
}
