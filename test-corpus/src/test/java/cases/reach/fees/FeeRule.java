package cases.reach.fees;

/** How a fee is computed: eight implementations in {@link FeeRules}, all replay-safe. */
public interface FeeRule {

    long fee(long cents);
}
