package cases.reach.payments;

/** A gateway with two implementations in the sources, one of them replay-safe. */
public interface PaymentGateway {

    String charge(long cents);
}
