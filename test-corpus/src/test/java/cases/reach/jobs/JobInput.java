package cases.reach.jobs;

import java.time.Instant;

/** What every batch job takes: a name, checked before the job runs. */
public interface JobInput {

    String name();

    /** Checks the input and says so on the console. */
    default void validate() {
        System.out.println("validating " + name()); // sink: replay-unsafe-logging
    }

    /** When the input was stamped: now. */
    default String stamped() {
        return name() + "@" + Instant.now(); // sink: nondeterministic-time
    }
}
