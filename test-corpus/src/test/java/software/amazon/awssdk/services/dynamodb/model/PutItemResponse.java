package software.amazon.awssdk.services.dynamodb.model;

/** Declaration of the AWS SDK v2 DynamoDB `PutItemResponse`, for the corpus (signatures only). */
public final class PutItemResponse {

    private PutItemResponse() {
    }
}
