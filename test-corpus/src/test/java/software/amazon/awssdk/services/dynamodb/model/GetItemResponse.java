package software.amazon.awssdk.services.dynamodb.model;

/** Declaration of the AWS SDK v2 DynamoDB `GetItemResponse`, for the corpus (signatures only). */
public final class GetItemResponse {

    private GetItemResponse() {
    }
}
