package cases.reach.audit;

import java.time.Instant;
import java.util.List;

/**
 * A project helper whose methods read the clock and print; handlers name them through references to
 * a value, or call them.
 */
public class Auditor {

    public void record(String line) {
        Instant at = Instant.now(); // sink: nondeterministic-time
        line.concat(at.toString());
    }

    public void announce(List<String> lines) {
        lines.forEach(System.out::println); // sink: replay-unsafe-logging
    }

    public String label(String line) {
        return line.strip();
    }
}
