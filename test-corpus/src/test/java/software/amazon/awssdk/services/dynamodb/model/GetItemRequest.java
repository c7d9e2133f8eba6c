package software.amazon.awssdk.services.dynamodb.model;

/** Declaration of the AWS SDK v2 DynamoDB `GetItemRequest`, for the corpus (signatures only). */
public final class GetItemRequest {

    private GetItemRequest() {
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("declaration only");
    }

    public String tableName() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Builder of a `GetItemRequest`. */
    public interface Builder {

        Builder tableName(String tableName);

        GetItemRequest build();
    }
}
