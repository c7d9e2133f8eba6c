package cases.reach.approvals;

/** Limits read from the environment of the container: they can differ between replays. */
public final class Thresholds {

    private Thresholds() {
    }

    public static int escalationLimit() {
        String configured = System.getenv("ESCALATION_LIMIT"); // sink: environment-read
        return configured == null ? 1_000 : Integer.parseInt(configured);
    }

    public static int refundLimit() {
        String configured = System.getProperty("refund.limit"); // sink: environment-read
        return configured == null ? 500 : Integer.parseInt(configured);
    }
}
