package software.amazon.lambda.durable.serde;

import java.lang.reflect.Type;

/** Declaration of the SDK type {@code SerDes} for the test corpus (signatures only, no behaviour). */
public interface SerDes {

    String serialize(Object value);

    <T> T deserialize(String data, Type type);
}
