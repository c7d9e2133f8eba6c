package software.amazon.awssdk.core;

/** Declaration of the AWS SDK v2 root client interface, for the corpus (signatures only). */
public interface SdkClient extends AutoCloseable {

    String serviceName();

    @Override
    void close();
}
