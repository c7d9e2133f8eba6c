package cases.reach.deep;

import java.util.concurrent.locks.LockSupport;

/** Forty layers of delegation, the innermost of which parks the thread. */
public final class LongPipeline {

    private LongPipeline() {
    }

    public static long layer01(long nanos) {
        return layer02(nanos + 1); // hop
    }

    public static long layer02(long nanos) {
        return layer03(nanos + 1); // hop
    }

    public static long layer03(long nanos) {
        return layer04(nanos + 1); // hop
    }

    public static long layer04(long nanos) {
        return layer05(nanos + 1); // hop
    }

    public static long layer05(long nanos) {
        return layer06(nanos + 1); // hop
    }

    public static long layer06(long nanos) {
        return layer07(nanos + 1); // hop
    }

    public static long layer07(long nanos) {
        return layer08(nanos + 1); // hop
    }

    public static long layer08(long nanos) {
        return layer09(nanos + 1); // hop
    }

    public static long layer09(long nanos) {
        return layer10(nanos + 1); // hop
    }

    public static long layer10(long nanos) {
        return layer11(nanos + 1); // hop
    }

    public static long layer11(long nanos) {
        return layer12(nanos + 1); // hop
    }

    public static long layer12(long nanos) {
        return layer13(nanos + 1); // hop
    }

    public static long layer13(long nanos) {
        return layer14(nanos + 1); // hop
    }

    public static long layer14(long nanos) {
        return layer15(nanos + 1); // hop
    }

    public static long layer15(long nanos) {
        return layer16(nanos + 1); // hop
    }

    public static long layer16(long nanos) {
        return layer17(nanos + 1); // hop
    }

    public static long layer17(long nanos) {
        return layer18(nanos + 1); // hop
    }

    public static long layer18(long nanos) {
        return layer19(nanos + 1); // hop
    }

    public static long layer19(long nanos) {
        return layer20(nanos + 1); // hop
    }

    public static long layer20(long nanos) {
        return layer21(nanos + 1); // hop
    }

    public static long layer21(long nanos) {
        return layer22(nanos + 1); // hop
    }

    public static long layer22(long nanos) {
        return layer23(nanos + 1); // hop
    }

    public static long layer23(long nanos) {
        return layer24(nanos + 1); // hop
    }

    public static long layer24(long nanos) {
        return layer25(nanos + 1); // hop
    }

    public static long layer25(long nanos) {
        return layer26(nanos + 1); // hop
    }

    public static long layer26(long nanos) {
        return layer27(nanos + 1); // hop
    }

    public static long layer27(long nanos) {
        return layer28(nanos + 1); // hop
    }

    public static long layer28(long nanos) {
        return layer29(nanos + 1); // hop
    }

    public static long layer29(long nanos) {
        return layer30(nanos + 1); // hop
    }

    public static long layer30(long nanos) {
        return layer31(nanos + 1); // hop
    }

    public static long layer31(long nanos) {
        return layer32(nanos + 1); // hop
    }

    public static long layer32(long nanos) {
        return layer33(nanos + 1); // hop
    }

    public static long layer33(long nanos) {
        return layer34(nanos + 1); // hop
    }

    public static long layer34(long nanos) {
        return layer35(nanos + 1); // hop
    }

    public static long layer35(long nanos) {
        return layer36(nanos + 1); // hop
    }

    public static long layer36(long nanos) {
        return layer37(nanos + 1); // hop
    }

    public static long layer37(long nanos) {
        return layer38(nanos + 1); // hop
    }

    public static long layer38(long nanos) {
        return layer39(nanos + 1); // hop
    }

    public static long layer39(long nanos) {
        return layer40(nanos + 1); // hop
    }

    public static long layer40(long nanos) {
        LockSupport.parkNanos(nanos); // sink: blocking-sleep
        return nanos;
    }
}
