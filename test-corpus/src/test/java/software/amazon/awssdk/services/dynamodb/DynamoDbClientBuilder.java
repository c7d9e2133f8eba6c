package software.amazon.awssdk.services.dynamodb;

/** Declaration of the AWS SDK v2 DynamoDB client builder, for the corpus (signatures only). */
public interface DynamoDbClientBuilder {

    DynamoDbClient build();
}
