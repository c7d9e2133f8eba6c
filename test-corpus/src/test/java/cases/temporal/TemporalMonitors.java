package cases.temporal;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowLock;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Scenario: Temporal runs workflow code on cooperative threads that deadlock on JVM monitors, so a
 * synchronized block or method, a JDK lock and Object.wait in workflow code are reported; Temporal's own lock and
 * a monitor in code nothing replays stay silent.
 */
public class TemporalMonitors {

    @WorkflowInterface
    public interface Counter {
        @WorkflowMethod
        int count(int to);

        @SignalMethod
        void bump();
    }

    public static class CounterImpl implements Counter {
        private final Object guard = new Object();
        private final ReentrantLock jdkLock = new ReentrantLock();
        private final WorkflowLock workflowLock = Workflow.newWorkflowLock();
        private int value;

        @Override
        public int count(int to) {
            synchronized (guard) { // expect: unmanaged-concurrency
                value = to;
                try {
                    guard.wait(10); // expect: blocking-sleep
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            jdkLock.lock(); // expect: unmanaged-concurrency
            try {
                value++;
            } finally {
                jdkLock.unlock();
            }
            workflowLock.lock(); // ok: unmanaged-concurrency -- Temporal's own lock
            try {
                Workflow.await(Duration.ofMinutes(1), () -> value > to);
            } finally {
                workflowLock.unlock();
            }
            return value;
        }

        @Override
        public synchronized void bump() { // expect: unmanaged-concurrency
            value++;
        }

        /** Nothing replays this: not workflow code. */
        synchronized int peek() { // ok: unmanaged-concurrency -- not workflow code
            return value;
        }
    }
}
