package cases.replay_unsafe_logging;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;
import software.amazon.lambda.durable.model.MapResult;

/**
 * Scenario: a java.util.logging logger used inside a map function. The function is
 * orchestration code for each item, so each record is logged again on replay; the item
 * context's DurableLogger, isLoggable and logging inside a step are silent.
 */
public class JulLoggerInMapFunction extends DurableHandler<List<String>, Integer> {

    private static final Logger JUL = Logger.getLogger(JulLoggerInMapFunction.class.getName()); // ok: replay-unsafe-logging -- getting a logger is not logging

    @Override
    public Integer handleRequest(List<String> invoices, DurableContext context) {
        MapResult<String> sent = context.map("send-invoices", invoices, String.class, (invoice, index, itemCtx) -> {
            JUL.info("sending invoice " + invoice); // expect: replay-unsafe-logging
            if (JUL.isLoggable(Level.FINE)) { // ok: replay-unsafe-logging -- a level query is not a log call
                JUL.fine("invoice index " + index); // expect: replay-unsafe-logging
            }
            JUL.log(Level.INFO, "invoice {0} queued", invoice); // expect: replay-unsafe-logging
            itemCtx.getLogger().info("invoice {} queued", invoice); // ok: replay-unsafe-logging -- the item context's DurableLogger
            return itemCtx.step("deliver-invoice", String.class, stepCtx -> {
                JUL.info("delivering " + invoice); // ok: replay-unsafe-logging -- inside a step body
                return invoice.toUpperCase();
            });
        });

        if (!sent.allSucceeded()) {
            JUL.warning("some invoices failed"); // expect: replay-unsafe-logging
            java.util.logging.Logger.getLogger("billing").severe("invoice run incomplete"); // expect: replay-unsafe-logging
        }
        return sent.size();
    }
}
