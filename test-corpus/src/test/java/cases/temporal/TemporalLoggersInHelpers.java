package cases.temporal;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario: workflow code logs through helper classes. A helper whose logger comes from
 * Workflow.getLogger is silent on replay and stays unreported; a helper with a plain SLF4J logger
 * is reported at the call in the workflow method, with the chain into the helper.
 */
public class TemporalLoggersInHelpers {

    static final class ReplayAwareAudit {
        private static final Logger LOG = Workflow.getLogger(ReplayAwareAudit.class);

        static void record(String event) {
            LOG.info("audit {}", event);
        }
    }

    static final class PlainAudit {
        private static final Logger LOG = LoggerFactory.getLogger(PlainAudit.class);

        static void record(String event) {
            LOG.info("audit {}", event); // sink: replay-unsafe-logging
        }
    }

    @WorkflowInterface
    public interface Invoicing {
        @WorkflowMethod
        void invoice(String customer);
    }

    public static class InvoicingImpl implements Invoicing {
        @Override
        public void invoice(String customer) {
            ReplayAwareAudit.record("invoice " + customer); // ok: replay-unsafe-logging -- Workflow.getLogger in the helper
            PlainAudit.record("invoice " + customer); // expect: replay-unsafe-logging
        }
    }
}
