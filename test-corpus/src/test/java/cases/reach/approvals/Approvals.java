package cases.reach.approvals;

/**
 * Approval routing as a cycle, {@code route -> escalate -> review -> route}; {@code escalate} also
 * calls {@link Thresholds#escalationLimit()}, outside the cycle, which reads the environment.
 */
public final class Approvals {

    private Approvals() {
    }

    public static String route(int amount, int round) {
        if (round > 3) {
            return "rejected";
        }
        return "route>" + escalate(amount, round); // hop
    }

    public static String escalate(int amount, int round) {
        String reviewed = review(amount, round);
        int limit = Thresholds.escalationLimit(); // hop
        return amount > limit ? reviewed : "approved";
    }

    public static String review(int amount, int round) {
        return amount % 2 == 0 ? "accepted" : route(amount / 2, round + 1); // hop
    }
}
