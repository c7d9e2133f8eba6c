package cases.reach.deep;

import java.time.Duration;

/**
 * A batch job split into twenty stages, each calling the next; the last one backs off by sleeping
 * the thread. The twenty {@code plan} methods mirror them and sleep nowhere.
 */
public final class Pipeline {

    private Pipeline() {
    }

    public static int stage01(int input) {
        return stage02(input + 1); // hop
    }

    public static int stage02(int input) {
        return stage03(input + 1); // hop
    }

    public static int stage03(int input) {
        return stage04(input + 1); // hop
    }

    public static int stage04(int input) {
        return stage05(input + 1); // hop
    }

    public static int stage05(int input) {
        return stage06(input + 1); // hop
    }

    public static int stage06(int input) {
        return stage07(input + 1); // hop
    }

    public static int stage07(int input) {
        return stage08(input + 1); // hop
    }

    public static int stage08(int input) {
        return stage09(input + 1); // hop
    }

    public static int stage09(int input) {
        return stage10(input + 1); // hop
    }

    public static int stage10(int input) {
        return stage11(input + 1); // hop
    }

    public static int stage11(int input) {
        return stage12(input + 1); // hop
    }

    public static int stage12(int input) {
        return stage13(input + 1); // hop
    }

    public static int stage13(int input) {
        return stage14(input + 1); // hop
    }

    public static int stage14(int input) {
        return stage15(input + 1); // hop
    }

    public static int stage15(int input) {
        return stage16(input + 1); // hop
    }

    public static int stage16(int input) {
        return stage17(input + 1); // hop
    }

    public static int stage17(int input) {
        return stage18(input + 1); // hop
    }

    public static int stage18(int input) {
        return stage19(input + 1); // hop
    }

    public static int stage19(int input) {
        return stage20(input + 1); // hop
    }

    public static int stage20(int input) {
        try {
            Thread.sleep(input); // sink: blocking-sleep
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return input;
    }

    public static long plan01(long millis) {
        return plan02(millis + 1);
    }

    public static long plan02(long millis) {
        return plan03(millis + 1);
    }

    public static long plan03(long millis) {
        return plan04(millis + 1);
    }

    public static long plan04(long millis) {
        return plan05(millis + 1);
    }

    public static long plan05(long millis) {
        return plan06(millis + 1);
    }

    public static long plan06(long millis) {
        return plan07(millis + 1);
    }

    public static long plan07(long millis) {
        return plan08(millis + 1);
    }

    public static long plan08(long millis) {
        return plan09(millis + 1);
    }

    public static long plan09(long millis) {
        return plan10(millis + 1);
    }

    public static long plan10(long millis) {
        return plan11(millis + 1);
    }

    public static long plan11(long millis) {
        return plan12(millis + 1);
    }

    public static long plan12(long millis) {
        return plan13(millis + 1);
    }

    public static long plan13(long millis) {
        return plan14(millis + 1);
    }

    public static long plan14(long millis) {
        return plan15(millis + 1);
    }

    public static long plan15(long millis) {
        return plan16(millis + 1);
    }

    public static long plan16(long millis) {
        return plan17(millis + 1);
    }

    public static long plan17(long millis) {
        return plan18(millis + 1);
    }

    public static long plan18(long millis) {
        return plan19(millis + 1);
    }

    public static long plan19(long millis) {
        return plan20(millis + 1);
    }

    public static long plan20(long millis) {
        return Duration.ofMillis(millis).toMillis(); // ok: blocking-sleep -- a duration computed, nothing waits
    }
}
