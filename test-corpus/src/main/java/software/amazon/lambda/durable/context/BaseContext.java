package software.amazon.lambda.durable.context;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.lambda.durable.DurableConfig;
import software.amazon.lambda.durable.logging.DurableLogger;

/** Declaration of the SDK type {@code BaseContext} for the test corpus (signatures only, no behaviour). */
public interface BaseContext {

    /** The replay-aware logger of this context. */
    DurableLogger getLogger();

    DurableLogger getLogger(org.slf4j.Logger delegate);

    Context getLambdaContext();

    String getExecutionArn();

    DurableConfig getDurableConfig();

    /** The id of this context; {@code null} at the root. */
    String getContextId();

    String getContextName();
}
