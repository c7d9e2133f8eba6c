package software.amazon.lambda.durable;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;

/** Declaration of the SDK type {@code DurableHandler} for the test corpus (signatures only, no behaviour). */
public abstract class DurableHandler<I, O> implements RequestStreamHandler {

    protected DurableHandler() {
        throw new UnsupportedOperationException("declaration only");
    }

    protected DurableHandler(TypeToken<I> inputType) {
        throw new UnsupportedOperationException("declaration only");
    }

    /** The user's orchestration code: runs again from the start on every replay. */
    public abstract O handleRequest(I input, DurableContext context);

    /** The Lambda entry point. */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        throw new UnsupportedOperationException("declaration only");
    }

    protected DurableConfig createConfiguration() {
        throw new UnsupportedOperationException("declaration only");
    }
}
