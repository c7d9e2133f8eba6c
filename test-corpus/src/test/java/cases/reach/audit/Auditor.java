package cases.reach.audit;

import java.time.Instant;

/** A project helper whose method reads the clock; handlers name it through references to a value. */
public class Auditor {

    public void record(String line) {
        Instant at = Instant.now(); // sink: nondeterministic-time
        line.concat(at.toString());
    }

    public String label(String line) {
        return line.strip();
    }
}
