package cases.reach.time;

import java.time.LocalDate;

/** A static utility shared by several handlers; two of its methods read the clock. */
public final class Clocks {

    private Clocks() {
    }

    public static long stamp() {
        return System.currentTimeMillis(); // sink: nondeterministic-time
    }

    /** Only ever called from step bodies: its clock read is step code. */
    public static String today() {
        return LocalDate.now().toString(); // ok: nondeterministic-time -- reached only from step bodies
    }

    public static long plusDays(long epochDay, int days) {
        return epochDay + days;
    }
}
