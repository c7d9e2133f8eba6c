package cases.reach.overloads;

import java.time.Instant;
import java.util.List;

/** Overloads of one name and arity: only the one taking no explicit instant reads the clock. */
public final class Stamps {

    private Stamps() {
    }

    /** Formats the given instant: no clock read. */
    public static String label(Instant at, String prefix) {
        return prefix + at.toEpochMilli();
    }

    /** Formats "now": reads the clock. */
    public static String label(String zone, String prefix) {
        return prefix + zone + Instant.now(); // sink: nondeterministic-time
    }

    /** Counts items: no clock read. */
    public static int count(int[] values) {
        return values.length;
    }

    /** Counts items and stamps the count: reads the clock. */
    public static int count(boolean[] flags) {
        return flags.length + (int) (System.currentTimeMillis() % 2); // sink: nondeterministic-time
    }

    /** Joins names: no clock read. */
    public static String join(List<String> names) {
        return String.join(",", names);
    }

    /** Joins anything else, stamped: reads the clock. */
    public static String join(Object anything) {
        return anything + "@" + System.nanoTime(); // sink: nondeterministic-time
    }
}
