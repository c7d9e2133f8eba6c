package cases.environment_read;

import java.net.InetAddress;
import java.net.UnknownHostException;
import software.amazon.lambda.durable.DurableContext;
import software.amazon.lambda.durable.DurableHandler;

/**
 * Scenario: hardware, process, thread and host identity read in orchestration code. These
 * differ between the container that ran the first attempt and the one that replays it. A
 * call chain is reported at the call that reads, not at Runtime.getRuntime() or
 * Thread.currentThread(). An anonymous class handed to Optional.orElseGet is orchestration
 * code too.
 */
public class RuntimeThreadAndHostReads extends DurableHandler<String, String> {

    @Override
    public String handleRequest(String input, DurableContext context) {
        int cpus = Runtime.getRuntime().availableProcessors(); // expect: environment-read
        long free = Runtime.getRuntime().freeMemory(); // expect: environment-read
        long total = Runtime.getRuntime().totalMemory(); // expect: environment-read
        long max = Runtime.getRuntime().maxMemory(); // expect: environment-read

        String threadName = Thread.currentThread().getName(); // expect: environment-read
        long threadId = Thread.currentThread().getId(); // expect: environment-read
        ProcessHandle process = ProcessHandle.current(); // expect: environment-read
        int identity = System.identityHashCode(input); // expect: environment-read

        String host;
        try {
            host = InetAddress.getLocalHost().getHostName(); // expect: environment-read
        } catch (UnknownHostException e) {
            host = "unknown";
        }

        String zoneId = java.util.Optional.<String>empty().orElseGet(new java.util.function.Supplier<String>() {
            @Override
            public String get() {
                return System.getProperty("user.timezone"); // expect: environment-read
            }
        });

        String hostName = host;
        String sized = context.step("size-batch", String.class, step -> input + cpus + hostName);

        return sized + free + total + max + threadName + threadId + process.pid() + identity + zoneId;
    }
}
