package cases.reach;

import cases.reach.channels.Channels;
import cases.reach.channels.NotificationChannel;
import cases.reach.fees.FeeRule;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: a call through an interface with eight implementations in the sources, exactly one of
 * which mints a random id: the call is reported once, its chain going into that implementation
 * ("one of 8 implementations") and down to the sink. A call through an interface whose eight
 * implementations are all safe, a safe implementation called directly, and the hazardous call
 * inside a step body stay silent.
 */
public class ManyImplementationsOneHazardous extends DurableHandler<String, String> {

    private final NotificationChannel channel;
    private final FeeRule feeRule;

    public ManyImplementationsOneHazardous(NotificationChannel channel, FeeRule feeRule) {
        this.channel = channel;
        this.feeRule = feeRule;
    }

    @Override
    public String handleRequest(String message, DurableContext context) {
        String sent = channel.send(message); // expect: nondeterministic-uuid
        long fee = feeRule.fee(message.length() * 100L); // ok: nondeterministic-uuid -- all eight implementations are replay-safe
        String emailed = new Channels.EmailChannel().send(message); // ok: nondeterministic-uuid -- a safe implementation, called directly
        String inStep = context.step("notify", String.class, s -> channel.send(message)); // ok: nondeterministic-uuid -- inside a step body
        return sent + fee + emailed + inStep;
    }
}
