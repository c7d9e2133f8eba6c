package cases.reach.approvals;

/**
 * Two cycles. {@code draft -> revise -> draft} reads nothing. {@code compose -> sign -> compose}
 * reads the environment in {@link #signature()}, outside the cycle, but the cycle is entered only
 * from step bodies, so that read is step code.
 */
public final class Drafts {

    private Drafts() {
    }

    public static String draft(String text, int round) {
        return round >= 2 ? text : revise(text + ".", round);
    }

    public static String revise(String text, int round) {
        return draft(text.strip(), round + 1);
    }

    public static String compose(String text, int round) {
        return round >= 2 ? text : sign(text, round);
    }

    public static String sign(String text, int round) {
        return compose(text + " -- " + signature(), round + 1);
    }

    private static String signature() {
        String author = System.getenv("DRAFT_AUTHOR"); // ok: environment-read -- reached only through a cycle entered from a step body
        return author == null ? "ops" : author;
    }
}
