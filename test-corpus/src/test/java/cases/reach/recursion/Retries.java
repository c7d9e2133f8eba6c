package cases.reach.recursion;

/** Retry arithmetic written as recursion; one of the two methods stamps a deadline with the clock. */
public final class Retries {

    private Retries() {
    }

    /** Doubles the delay once per attempt; the last attempt adds it to the wall clock. */
    public static long deadlineAfter(int attempt, long delayMillis) {
        if (attempt < 3) {
            return deadlineAfter(attempt + 1, delayMillis * 2);
        }
        return System.currentTimeMillis() + delayMillis; // sink: nondeterministic-time
    }

    /** The same doubling, summed: recursion with nothing to report. */
    public static long totalDelay(int attempt, long delayMillis) {
        if (attempt >= 3) {
            return delayMillis;
        }
        return delayMillis + totalDelay(attempt + 1, delayMillis * 2);
    }
}
