package cases.reach.approvals;

/**
 * Refund handling as a cycle, {@code request -> assess -> audit -> request}; {@code assess} also
 * calls {@link Thresholds#refundLimit()}, outside the cycle, which reads a system property.
 */
public final class Refunds {

    private Refunds() {
    }

    public static String request(int amount, int round) {
        if (round > 3) {
            return "refused";
        }
        return "request>" + assess(amount, round); // hop
    }

    public static String assess(int amount, int round) {
        String audited = audit(amount, round);
        int limit = Thresholds.refundLimit(); // hop
        return amount > limit ? audited : "refunded";
    }

    public static String audit(int amount, int round) {
        return amount % 3 == 0 ? "clean" : request(amount / 3, round + 1); // hop
    }
}
