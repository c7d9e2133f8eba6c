package examples.etl;

import java.time.Instant;

/**
 * Prints batch progress with a timestamp. The handler calls it outside its steps, so both the
 * clock read and the print run again on every replay, though neither is written in the handler.
 */
final class Progress {

    private Progress() {
    }

    static void report(int batch, int rows) {
        Instant at = Instant.now(); // sink: nondeterministic-time
        System.out.println(at + " batch " + batch + ": " + rows + " rows"); // sink: replay-unsafe-logging
    }
}
