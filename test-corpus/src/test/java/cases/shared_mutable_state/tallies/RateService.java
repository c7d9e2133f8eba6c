package cases.shared_mutable_state.tallies;

/** A service object whose instance method writes static fields, by simple name and through the type. */
public class RateService {

    private static int calls;
    static String lastQuoted;
    private long lastQuote;

    public long quote(String id) {
        calls++; // sink: shared-mutable-state
        RateService.lastQuoted = id; // sink: shared-mutable-state
        return id.length() * 10L;
    }

    public void rememberQuote(long quote) {
        this.lastQuote = quote; // ok: shared-mutable-state -- this object's own instance field
    }

    public long lastQuote() {
        return lastQuote;
    }
}
