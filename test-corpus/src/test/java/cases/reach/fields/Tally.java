package cases.reach.fields;

import java.time.Instant;

/** A public field and a method of the same name, which reads the clock. */
public class Tally {

    public int count = 3;

    public int count() {
        return (int) Instant.now().getEpochSecond(); // sink: nondeterministic-time
    }
}
