package cases.environment_read;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: per-invocation values of the Lambda Context read in orchestration code. Every
 * replay is a new invocation with a new request id, log stream and remaining time. Stable
 * function metadata stays silent.
 */
public class LambdaContextReads extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        String requestId = context.getLambdaContext().getAwsRequestId(); // expect: environment-read
        int remaining = context.getLambdaContext().getRemainingTimeInMillis(); // expect: environment-read

        Context lambda = context.getLambdaContext(); // ok: environment-read -- getting the Context object reads nothing yet
        String stream = lambda.getLogStreamName(); // expect: environment-read
        String functionName = lambda.getFunctionName(); // ok: environment-read -- the function name is the same on every invocation
        String logGroup = lambda.getLogGroupName(); // ok: environment-read -- the log group is fixed per function

        String audited = context.step("audit-request", String.class, step -> step.getLambdaContext().getAwsRequestId()); // ok: environment-read -- inside a step body

        String staged = context.runInChildContext("stage-request", String.class, childCtx -> {
            long budget = childCtx.getLambdaContext().getRemainingTimeInMillis(); // expect: environment-read
            return childCtx.step("stage-step", String.class, step -> input + budget);
        });

        return requestId + remaining + stream + functionName + logGroup + audited + staged + logStreamOf(context);
    }

    private String logStreamOf(DurableContext ctx) {
        return ctx.getLambdaContext().getLogStreamName(); // expect: environment-read
    }
}
