package software.amazon.lambda.durable;

import java.lang.reflect.Type;

/**
 * Declaration of the SDK type {@code TypeToken} for the test corpus (signatures only, no behaviour).
 *
 * <p>Used through an anonymous subclass: {@code new TypeToken<List<String>>() {}}.
 */
public abstract class TypeToken<T> {

    protected TypeToken() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Type getType() {
        throw new UnsupportedOperationException("declaration only");
    }
}
